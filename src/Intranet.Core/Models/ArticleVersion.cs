namespace Intranet.Core.Models;

/// <summary>A snapshot of a published article taken before it was changed.</summary>
public class ArticleVersion
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int VersionNumber { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
