namespace Intranet.Core.Models;

/// <summary>The article kinds and the Norwegian path each is published under (stable: people bookmark them).</summary>
public static class ArticleKinds
{
    public const string Story = "story";
    public const string News = "news";
    public const string Corner = "corner";
    public const string Welcome = "welcome";
    public const string Value = "value";
    public const string Event = "event";
    public const string Page = "page";

    private static readonly Dictionary<string, string> PathByKind = new()
    {
        [Story] = "historier",
        [News] = "nyheter",
        [Corner] = "hjornet",
        [Welcome] = "velkommen",
        [Value] = "verdier",
        [Event] = "arrangementer",
        [Page] = "sider",
    };

    public static IReadOnlyCollection<string> All => PathByKind.Keys;

    public static bool IsKnown(string? kind) => kind is not null && PathByKind.ContainsKey(kind);

    public static string PathSegment(string kind) => PathByKind.GetValueOrDefault(kind, "sider");

    public static string? KindForPath(string segment) =>
        PathByKind.FirstOrDefault(p => p.Value == segment).Key;

    public static string Url(string kind, string slug) => $"/{PathSegment(kind)}/{slug}";

    public static string DisplayName(string kind) => kind switch
    {
        Story => "Historie",
        News => "Nyhet",
        Corner => "Kommunedirektørens hjørne",
        Welcome => "Velkommen",
        Value => "Verdi",
        Event => "Arrangement",
        _ => "Side",
    };
}
