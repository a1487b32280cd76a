namespace Intranet.Core.Models;

/// <summary>An article shows a value (named by slug, e.g. "losningsvillig").</summary>
public class ArticleValue
{
    public int ArticleId { get; set; }
    public string ValueSlug { get; set; } = "";
}
