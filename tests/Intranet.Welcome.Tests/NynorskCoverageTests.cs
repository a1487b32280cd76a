using System.Text.RegularExpressions;
using Intranet.Core.Localization;
using Xunit;

namespace Intranet.Welcome.Tests;

/// <summary>Every bokmål text the welcome and values modules show has a nynorsk entry in their nn.json.</summary>
public sealed partial class NynorskCoverageTests
{
    private static readonly NynorskCatalog Catalog =
        new([typeof(WelcomeModule).Assembly, typeof(Values.ValuesModule).Assembly]);

    [Theory]
    [InlineData("src/Modules/Intranet.Welcome")]
    [InlineData("src/Modules/Intranet.Values")]
    public void Every_visible_string_has_nynorsk(string folder)
    {
        var root = Path.Combine(RepositoryRoot(), folder);
        var missing = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml") || f.EndsWith(".cs")) && !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(f => Texts(File.ReadAllText(f)))
            .Distinct()
            .Where(text => !Catalog.TryTranslate(text, out _))
            .ToList();
        Assert.True(missing.Count == 0, "Missing in nn.json:\n" + string.Join("\n", missing));
    }

    private static IEnumerable<string> Texts(string source) =>
        LocalizerCall().Matches(source).Concat(UserMessage().Matches(source)).Select(m => m.Groups[1].Value)
            .Where(t => t.Any(char.IsLetter));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Intranet.sln not found above the test folder.");
    }

    [GeneratedRegex("T\\[\"([^\"]+)\"")]
    private static partial Regex LocalizerCall();

    /// <summary>Status messages and field errors written in C# (not interpolated ones: those are listed by value).</summary>
    [GeneratedRegex("(?:Message = |ValidationFailedException\\.For\\(\"[^\"]+\", |errors\\.Add\\(\"[^\"]+\", |\"[a-z]+\" => )\"([^\"{]+)\"")]
    private static partial Regex UserMessage();
}
