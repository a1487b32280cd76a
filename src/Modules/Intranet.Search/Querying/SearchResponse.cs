namespace Intranet.Search.Querying;

/// <summary>The contract's search answer (GET /api/search).</summary>
public sealed record SearchResponse(long Total, long TookMs, IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, string? DidYouMean)
{
    public static SearchResponse Empty(long tookMs) => new(0, tookMs, [], SearchFacets.Empty, null);
}

public sealed record SearchHit(int Id, string Kind, string Title, string Url, string Snippet, DateTimeOffset? PublishedAt);

public sealed record FacetCount(string Value, int Count);

public sealed record SuggestItem(string Title, string Url, string Kind);

public static class SearchFacets
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Empty =
        new Dictionary<string, IReadOnlyList<FacetCount>> { ["kind"] = [], ["unit"] = [], ["value"] = [], ["year"] = [] };

    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> From(IReadOnlyDictionary<string, Dictionary<string, int>> counts) =>
        counts.ToDictionary(c => c.Key, c => (IReadOnlyList<FacetCount>)c.Value
            .OrderByDescending(v => c.Key == "year" ? int.Parse(v.Key) : v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
            .Take(30).Select(v => new FacetCount(v.Key, v.Value)).ToList());
}
