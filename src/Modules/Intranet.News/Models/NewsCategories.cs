namespace Intranet.News.Models;

/// <summary>The fixed list of news categories: slug → bokmål name (nynorsk via the localizer).</summary>
public static class NewsCategories
{
    public const string General = "generelt";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [General] = "Generelt",
        ["hr"] = "HR og personal",
        ["it"] = "IT",
        ["beredskap"] = "Beredskap",
        ["okonomi"] = "Økonomi",
        ["arbeidsmiljo"] = "HMS og arbeidsmiljø",
        ["organisasjon"] = "Organisasjon",
    };

    public static bool IsKnown(string? slug) => slug is not null && All.ContainsKey(slug);

    public static string Name(string? slug) => slug is not null && All.TryGetValue(slug, out var name) ? name : All[General];
}
