using Intranet.Core.Models;

namespace Intranet.Content.Services;

/// <summary>Status names: kebab-case for the API and recipes, bokmål for people (nynorsk via the localizer).</summary>
public static class StatusNames
{
    public static string Kebab(ArticleStatus status) =>
        status == ArticleStatus.ChangesRequested ? "changes-requested" : status.ToString().ToLowerInvariant();

    public static string Display(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Utkast",
        ArticleStatus.Submitted => "Sendt inn",
        ArticleStatus.ChangesRequested => "Må endres",
        ArticleStatus.Published => "Publisert",
        ArticleStatus.Rejected => "Avvist",
        ArticleStatus.Archived => "Arkivert",
        _ => status.ToString(),
    };

    public static string Audience(Audience audience) => audience == Core.Models.Audience.Public ? "Offentlig" : "Internt";

    /// <summary>The list page heading of each section.</summary>
    public static string SectionTitle(string kind) => kind switch
    {
        ArticleKinds.Story => "Historier",
        ArticleKinds.News => "Nyheter",
        ArticleKinds.Corner => "Kommunedirektørens hjørne",
        ArticleKinds.Welcome => "Velkommen",
        ArticleKinds.Value => "Verdier",
        ArticleKinds.Event => "Arrangementer",
        _ => "Sider",
    };
}
