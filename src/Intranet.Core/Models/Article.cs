namespace Intranet.Core.Models;

/// <summary>Everything people read. Kind-specific data lives in the owning module's tables.</summary>
public class Article
{
    public int Id { get; set; }
    public string Kind { get; set; } = ArticleKinds.Page;
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    /// <summary>nb or nn: the language the text is written in.</summary>
    public string Language { get; set; } = "nb";
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
    public Audience Audience { get; set; } = Audience.Internal;
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;
    public DateTimeOffset? PublishAt { get; set; }
    public DateTimeOffset? UnpublishAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; } = 1;
    public List<ArticleValue> Values { get; set; } = [];
    public List<ArticleTag> Tags { get; set; } = [];
    /// <summary>Restricts reading to these units when not empty (see <see cref="ArticleReaderUnit"/>).</summary>
    public List<ArticleReaderUnit> ReaderUnits { get; set; } = [];

    public string Url => ArticleKinds.Url(Kind, Slug);

    /// <summary>Published and inside its publish window at <paramref name="now"/>.</summary>
    public bool IsLive(DateTimeOffset now) =>
        Status == ArticleStatus.Published
        && (PublishAt is null || PublishAt <= now)
        && (UnpublishAt is null || UnpublishAt > now);
}
