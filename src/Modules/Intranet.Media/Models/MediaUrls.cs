using System.Text.RegularExpressions;

namespace Intranet.Media.Models;

/// <summary>How media URLs look, and how to find them in article Markdown.</summary>
public static partial class MediaUrls
{
    public static string For(Guid id, string size, string hash) => $"/media/{id:N}/{size}?v={hash}";

    /// <summary>The media ids an article body refers to (<c>/media/{32 hex}/</c>), each once.</summary>
    public static IReadOnlySet<Guid> ReferencedIds(string? markdown)
    {
        var ids = new HashSet<Guid>();
        if (string.IsNullOrEmpty(markdown)) return ids;
        foreach (Match m in Reference().Matches(markdown))
            if (Guid.TryParseExact(m.Groups[1].Value, "N", out var id)) ids.Add(id);
        return ids;
    }

    [GeneratedRegex("/media/([0-9a-fA-F]{32})/", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reference();
}
