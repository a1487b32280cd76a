using System.Text.RegularExpressions;

namespace Intranet.Foundation.Tests.Nynorsk;

/// <summary>
/// The bokmål UI texts written in a folder's .cshtml and .cs files: localizer literals, user messages and field errors
/// set in C#, and texts handed on as data and translated where shown (chart titles, series, sections, …).
/// Interpolated strings are not found here; texts built from data are checked on rendered pages instead.
/// </summary>
public static partial class SourceTexts
{
    public static IEnumerable<string> In(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml") || f.EndsWith(".cs")) && !Excluded.Any(f.Contains))
            .SelectMany(f => Texts(File.ReadAllText(f)))
            .Distinct();

    /// <summary>
    /// Build output and migrations are not UI; API endpoints answer in bokmål only (problem+json titles and details,
    /// by the API contract), so their messages need no nynorsk.
    /// </summary>
    private static readonly string[] Excluded = ["/obj/", "/bin/", "/Migrations/", "/Api/"];

    public static IEnumerable<string> Texts(string source) =>
        new[] { LocalizerCall(), UserMessage(), ShownData(), NotificationTitle() }
            .SelectMany(r => r.Matches(source))
            .SelectMany(m => m.Groups.Cast<Group>().Skip(1).Where(g => g.Success).Select(g => Unescape(g.Value)))
            .Concat(SwitchArm().Matches(source).Where(IsText).Select(m => m.Groups[2].Value))
            .Where(t => t.Any(char.IsLetter));

    /// <summary>A switch arm from a key to a shown text, not to a field name ("body" => "Body", "unit" => "Form.UnitId").</summary>
    private static bool IsText(Match arm) =>
        !arm.Groups[2].Value.Equals(arm.Groups[1].Value, StringComparison.OrdinalIgnoreCase) && !DottedName().IsMatch(arm.Groups[2].Value);

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"").Replace("\\\\", "\\");

    [GeneratedRegex("T\\[\"((?:[^\"\\\\]|\\\\.)+)\"")]
    private static partial Regex LocalizerCall();

    /// <summary>Status messages and field errors written in C# and shown through T[...] on pages.</summary>
    [GeneratedRegex("(?:\\b(?:Message|Error|ErrorMessage|CommentError|ClosedError|Notice|Refusal|Heading|SubmitLabel|Label|StoryMessage|ReviewMessage) = |ValidationFailedException\\.For\\(\"[^\"]+\", |errors\\.Add\\(\"[^\"]+\", |AddModelError\\([^,]+, )\"([^\"{]+)\"")]
    private static partial Regex UserMessage();

    /// <summary>Texts passed as data and translated where shown: chart titles, descriptions, headers, series and sections.</summary>
    /// <summary>Notification titles are stored in bokmål and shown through their template (see NotificationTemplate).</summary>
    [GeneratedRegex("new NotificationTemplate\\(\"([^\"]+)\"\\)")]
    private static partial Regex NotificationTitle();

    [GeneratedRegex("\"([a-z-]+)\" => \"([^\"{]+)\"")]
    private static partial Regex SwitchArm();

    [GeneratedRegex("^\\w+(\\.\\w+)+$")]
    private static partial Regex DottedName();

    [GeneratedRegex("new ChartData\\(\"[^\"]*\", \"([^\"{]+)\", \"([^\"{]+)\", \"([^\"{]+)\"|new ChartSeries\\(\"([^\"{]+)\"|const string Section = \"([^\"{:]+)\"|new SectorCount\\([^,]+, \"([^\"{]+)\"")]
    private static partial Regex ShownData();
}
