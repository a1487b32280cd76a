namespace Intranet.Search.Querying;

/// <summary>A search as asked for: free text, facet filters, sort ("relevance" or "date") and page.</summary>
public sealed record SearchRequest(string? Q, string? Kind = null, string? Unit = null, string? Value = null, int? Year = null,
    string? Sort = null, int Page = 1, int PageSize = 10)
{
    public const int MaxPageSize = 50;
    public const int MaxPage = 100;

    public bool SortByDate => string.Equals(Sort, "date", StringComparison.OrdinalIgnoreCase);

    public SearchRequest Clamped() => this with
    {
        Page = Math.Clamp(Page, 1, MaxPage),
        PageSize = Math.Clamp(PageSize, 1, MaxPageSize),
    };
}
