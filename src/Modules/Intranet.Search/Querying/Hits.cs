using Intranet.Core.Content;
using Intranet.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Querying;

/// <summary>
/// Runs one query under the permission and facet filters with a time limit: the page of documents, the true
/// total and the facet counts all come from the same filtered collection.
/// </summary>
public sealed record Hits(int Total, IReadOnlyList<Hit> Documents, IReadOnlyDictionary<string, Dictionary<string, int>> Facets)
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    /// <summary>The stored fields a hit shows; the (large) body is read only by the highlighter, for the hits it marks up.</summary>
    private static readonly ISet<string> ShownFields = new HashSet<string> { F.Id, F.Kind, F.Title, F.Slug, F.Summary, F.PublishedAt };

    public static Hits Run(IndexSearcher searcher, Query userQuery, SearchRequest request, ReaderContext reader, DateTimeOffset now,
        IReadOnlyList<int> pinned, PermissionFilterCache permissions)
    {
        var query = userQuery;
        if (FacetFilters(request) is { } chosen) query = new FilteredQuery(query, new QueryWrapperFilter(chosen));
        var top = TopFor(request, now);
        var facets = new FacetCounter();
        var limited = new TimeLimitingCollector(MultiCollector.Wrap(top.Collector, facets), TimeLimitingCollector.GlobalCounter,
            (long)TimeLimit.TotalMilliseconds);
        try { PermittedSearch.Run(searcher, query, permissions.For(searcher.IndexReader, reader, now), limited); }
        catch (TimeLimitingCollector.TimeExceededException) { }
        var docs = top.Page((request.Page - 1) * request.PageSize, request.PageSize).ScoreDocs.Select(d => Load(searcher, d.Doc)).ToList();
        var total = top.Total();
        if (pinned.Count > 0) (docs, total) = WithPinned(searcher, docs, total, pinned, reader, now);
        return new Hits(total, docs, facets.Counts);
    }

    private static Hit Load(IndexSearcher searcher, int doc) => new(doc, searcher.Doc(doc, ShownFields));

    private static (List<Hit>, int) WithPinned(IndexSearcher searcher, List<Hit> docs, int total, IReadOnlyList<int> pinned, ReaderContext reader, DateTimeOffset now)
    {
        var permission = PermissionFilter.For(reader, now);
        var front = new List<Hit>();
        foreach (var id in pinned)
        {
            Query byId = new TermQuery(new Term(F.Id, id.ToString()));
            if (permission is not null) byId = new FilteredQuery(byId, new QueryWrapperFilter(permission));
            var found = searcher.Search(byId, 1).ScoreDocs;
            if (found.Length > 0) front.Add(Load(searcher, found[0].Doc));
        }
        var pinnedIds = front.Select(d => d.Stored.Get(F.Id)).ToHashSet();
        var rest = docs.Where(d => !pinnedIds.Contains(d.Stored.Get(F.Id))).ToList();
        var added = front.Count - (docs.Count - rest.Count);
        return ([.. front, .. rest], total + added);
    }

    /// <summary>By relevance with the recency factor (see <see cref="RecencyTopCollector"/>), or newest first.</summary>
    private static (ICollector Collector, Func<int, int, TopDocs> Page, Func<int> Total) TopFor(SearchRequest request, DateTimeOffset now)
    {
        var size = request.Page * request.PageSize;
        if (!request.SortByDate)
        {
            var byScore = new RecencyTopCollector(size, now);
            return (byScore, byScore.GetTopDocs, () => byScore.TotalHits);
        }
        var byDate = TopFieldCollector.Create(new Sort(new SortField(F.DateDv, SortFieldType.INT64, reverse: true)), size,
            fillFields: true, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        return (byDate, byDate.GetTopDocs, () => byDate.TotalHits);
    }

    private static Query? FacetFilters(SearchRequest request)
    {
        var all = new BooleanQuery();
        AddTerm(all, F.Kind, request.Kind);
        AddTerm(all, F.Unit, request.Unit);
        AddTerm(all, F.Value, request.Value);
        AddTerm(all, F.Year, request.Year?.ToString());
        return all.Clauses.Count == 0 ? null : all;
    }

    private static void AddTerm(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) query.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
    }
}
