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
public sealed record Hits(int Total, IReadOnlyList<Document> Documents, IReadOnlyDictionary<string, Dictionary<string, int>> Facets)
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    public static Hits Run(IndexSearcher searcher, Query userQuery, SearchRequest request, ReaderContext reader, DateTimeOffset now, IReadOnlyList<int> pinned)
    {
        var filter = Filters(request, reader, now);
        Query scored = new RecencyBoostQuery(userQuery, now);
        var query = filter is null ? scored : new FilteredQuery(scored, new QueryWrapperFilter(filter));
        var top = TopFieldCollector.Create(SortFor(request), request.Page * request.PageSize, fillFields: true,
            trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        var facets = new FacetCounter();
        var limited = new TimeLimitingCollector(MultiCollector.Wrap(top, facets), TimeLimitingCollector.GlobalCounter,
            (long)TimeLimit.TotalMilliseconds);
        try { searcher.Search(query, limited); }
        catch (TimeLimitingCollector.TimeExceededException) { }
        var docs = top.GetTopDocs((request.Page - 1) * request.PageSize, request.PageSize).ScoreDocs.Select(d => searcher.Doc(d.Doc)).ToList();
        var total = top.TotalHits;
        if (pinned.Count > 0) (docs, total) = WithPinned(searcher, docs, total, pinned, reader, now);
        return new Hits(total, docs, facets.Counts);
    }

    private static (List<Document>, int) WithPinned(IndexSearcher searcher, List<Document> docs, int total, IReadOnlyList<int> pinned, ReaderContext reader, DateTimeOffset now)
    {
        var permission = PermissionFilter.For(reader, now);
        var front = new List<Document>();
        foreach (var id in pinned)
        {
            Query byId = new TermQuery(new Term(F.Id, id.ToString()));
            if (permission is not null) byId = new FilteredQuery(byId, new QueryWrapperFilter(permission));
            var found = searcher.Search(byId, 1).ScoreDocs;
            if (found.Length > 0) front.Add(searcher.Doc(found[0].Doc));
        }
        var pinnedIds = front.Select(d => d.Get(F.Id)).ToHashSet();
        var rest = docs.Where(d => !pinnedIds.Contains(d.Get(F.Id))).ToList();
        var added = front.Count - (docs.Count - rest.Count);
        return ([.. front, .. rest], total + added);
    }

    private static Sort SortFor(SearchRequest request) => request.SortByDate
        ? new Sort(new SortField(F.DateDv, SortFieldType.INT64, reverse: true))
        : new Sort(SortField.FIELD_SCORE, new SortField(F.DateDv, SortFieldType.INT64, reverse: true));

    private static Query? Filters(SearchRequest request, ReaderContext reader, DateTimeOffset now)
    {
        var all = new BooleanQuery();
        if (PermissionFilter.For(reader, now) is { } permission) all.Add(permission, Occur.MUST);
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
