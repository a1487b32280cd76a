namespace Intranet.Stories.Services;

/// <summary>The list filters from the query string, by slug.</summary>
public sealed record StoryFilter(string? Unit = null, string? Sector = null, string? Value = null)
{
    public static string? Clean(string? slug) =>
        string.IsNullOrWhiteSpace(slug) || slug.Length > 100 ? null : slug.Trim();
}
