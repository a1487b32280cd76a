namespace Intranet.Search.Models;

/// <summary>Aggregate search analytics: how often a normalised query was asked in an ISO week. No user is recorded.</summary>
public class SearchQueryStat
{
    public int Id { get; set; }

    /// <summary>ISO week, e.g. "2026-W48".</summary>
    public string Week { get; set; } = "";
    public string Query { get; set; } = "";
    public int Count { get; set; }

    /// <summary>How many of those searches found nothing.</summary>
    public int ZeroResultCount { get; set; }
}
