using Intranet.Core.Models;

namespace Intranet.Values.Services;

/// <summary>A value as one reader sees it: nynorsk texts where they exist and the reader reads nynorsk.</summary>
public sealed record LocalizedValue(string Slug, string Name, string Description, string InPractice, string Icon,
    string NameLanguage, string TextLanguage)
{
    public string Url => $"/verdier/{Slug}";

    public static LocalizedValue From(OrgValue v, string language)
    {
        var nn = language == "nn";
        var nameNn = nn && !string.IsNullOrWhiteSpace(v.NameNn);
        var textNn = nn && !string.IsNullOrWhiteSpace(v.DescriptionNn);
        return new LocalizedValue(
            v.Slug,
            nameNn ? v.NameNn : v.Name,
            textNn ? v.DescriptionNn : v.Description,
            nn && !string.IsNullOrWhiteSpace(v.InPracticeNn) ? v.InPracticeNn : v.InPractice,
            v.Icon,
            nameNn ? "nn" : "nb",
            textNn ? "nn" : "nb");
    }
}
