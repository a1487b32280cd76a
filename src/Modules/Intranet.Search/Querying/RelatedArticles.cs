using Intranet.Core.Cluster;
using Intranet.Core.Content;
using Intranet.Core.Search;
using Intranet.Core.Time;
using Intranet.Search.Analysis;
using Intranet.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Caching.Memory;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Querying;

/// <summary>
/// Lucene MoreLikeThis over title and body with the Norwegian analyzer, under the same permission filter as search
/// and limited to live articles, so nothing unpublished or restricted is ever offered as related.
/// Answers are kept briefly per article and reader; a content change anywhere clears them.
/// </summary>
public sealed class RelatedArticles(SearchIndex index, SearchAnalyzers analyzers, PermissionFilterCache permissions, IClock clock,
    IMemoryCache cache, IClusterEvents events) : IRelatedArticles
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private static readonly ISet<string> IdOnly = new HashSet<string> { F.Id };

    public Task<IReadOnlyList<int>> SimilarAsync(int articleId, string kind, ReaderContext reader, int count, CancellationToken ct = default)
    {
        if (count <= 0) return Task.FromResult<IReadOnlyList<int>>([]);
        var key = (nameof(RelatedArticles), articleId, kind, count, ReaderKey.Of(reader));
        if (cache.TryGetValue(key, out IReadOnlyList<int>? known) && known is not null) return Task.FromResult(known);
        var found = index.Search(searcher => Find(searcher, articleId, kind, reader, count));
        // An empty answer is not kept: it usually means the index is still being built.
        if (found.Count > 0)
            cache.Set(key, found, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = CacheFor }.AddExpirationToken(events.ContentChangeToken));
        return Task.FromResult(found);
    }

    private IReadOnlyList<int> Find(IndexSearcher searcher, int articleId, string kind, ReaderContext reader, int count)
    {
        var now = clock.UtcNow;
        var permission = permissions.For(searcher.IndexReader, reader, now);
        var source = SourceDocument(searcher, articleId, permission);
        if (source < 0) return [];
        var like = SimilarityQuery.For(searcher.IndexReader, analyzers.Query).Like(source);
        if (like is BooleanQuery { Clauses.Count: 0 }) return [];
        var query = new BooleanQuery { { like, Occur.MUST }, { ById(articleId), Occur.MUST_NOT } };
        Query filtered = new FilteredQuery(query, new QueryWrapperFilter(LiveOfKind(kind, now)));
        if (permission is not null) filtered = new FilteredQuery(filtered, permission);
        return searcher.Search(filtered, count).ScoreDocs
            .Select(d => int.Parse(searcher.Doc(d.Doc, IdOnly).Get(F.Id))).ToList();
    }

    /// <summary>The article's document, only if the reader may read it (otherwise its words must not steer anything).</summary>
    private static int SourceDocument(IndexSearcher searcher, int articleId, Filter? permission)
    {
        Query query = ById(articleId);
        if (permission is not null) query = new FilteredQuery(query, permission);
        var found = searcher.Search(query, 1).ScoreDocs;
        return found.Length == 0 ? -1 : found[0].Doc;
    }

    private static BooleanQuery LiveOfKind(string kind, DateTimeOffset now) => new()
    {
        { PermissionFilter.Live(now), Occur.MUST },
        { new TermQuery(new Term(F.Kind, kind)), Occur.MUST },
    };

    private static TermQuery ById(int id) => new(new Term(F.Id, id.ToString()));

    /// <summary>What a cached answer depends on: everything the permission filter reads from the reader.</summary>
    private sealed record ReaderKey(string? UserId, bool IsAuthenticated, bool CanManageContent, int? UnitId, string LedUnits)
    {
        public static ReaderKey Of(ReaderContext r) =>
            new(r.UserId, r.IsAuthenticated, r.CanManageContent, r.UnitId, string.Join(',', r.LedUnitIds.Order()));
    }
}
