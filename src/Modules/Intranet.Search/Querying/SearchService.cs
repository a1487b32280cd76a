using System.Diagnostics;
using Intranet.Core.Content;
using Intranet.Core.Time;
using Intranet.Search.Analysis;
using Intranet.Search.Indexing;
using Lucene.Net.Search;

namespace Intranet.Search.Querying;

/// <summary>
/// Answers a search: parses the text safely, filters by what the reader may see and by the chosen facets,
/// counts facets over the same hits, pins best bets, and falls back to a corrected or any-word query when
/// nothing matches.
/// </summary>
public sealed class SearchService(SearchIndex index, SearchAnalyzers analyzers, SynonymTable synonyms, SnippetMaker snippets,
    BestBetTable bestBets, PermissionFilterCache permissions, IClock clock)
{
    private const int FewHits = 3;

    public SearchResponse Search(SearchRequest request, ReaderContext reader)
    {
        var watch = Stopwatch.StartNew();
        request = request.Clamped();
        var text = UserQueryText.Prepare(request.Q);
        if (text.Length == 0) return SearchResponse.Empty(watch.ElapsedMilliseconds);
        var now = clock.UtcNow;
        var pinned = request.Page == 1 && !request.SortByDate ? bestBets.ArticleIdsFor(UserQueryText.Normalise(request.Q)) : [];
        return index.Search(searcher =>
        {
            var query = Parse(text, Occur.MUST);
            var result = query is null ? null : Hits.Run(searcher, query, request, reader, now, pinned, permissions);
            string? didYouMean = null;
            if (result is null || result.Total < FewHits)
            {
                didYouMean = SpellingSuggester.Suggest(searcher, StripOperators(text));
                if (result is null || result.Total == 0)
                {
                    query = Parse(didYouMean ?? text, didYouMean is null ? Occur.SHOULD : Occur.MUST) ?? query;
                    if (query is not null) result = Hits.Run(searcher, query, request, reader, now, pinned, permissions);
                }
            }
            if (result is null) return SearchResponse.Empty(watch.ElapsedMilliseconds);
            var page = snippets.For(query, searcher.IndexReader);
            var hits = result.Documents.Select(d => ToHit(d, page)).ToList();
            return new SearchResponse(result.Total, watch.ElapsedMilliseconds, hits, SearchFacets.From(result.Facets), didYouMean);
        });
    }

    private Query? Parse(string text, Occur defaultOperator) =>
        new NorwegianQueryParser(analyzers.Query, synonyms.AlternativesFor, defaultOperator).Parse(text);

    private static SearchHit ToHit(Hit hit, SnippetMaker.Page snippets)
    {
        var doc = hit.Stored;
        var kind = doc.Get(IndexFields.Kind);
        var published = doc.GetField(IndexFields.PublishedAt)?.GetInt64Value();
        return new SearchHit(
            int.Parse(doc.Get(IndexFields.Id)),
            kind,
            doc.Get(IndexFields.Title),
            Core.Models.ArticleKinds.Url(kind, doc.Get(IndexFields.Slug)),
            snippets.Make(hit.DocId, doc.Get(IndexFields.Summary) ?? ""),
            published is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null);
    }

    private static string StripOperators(string text) =>
        new(text.Select(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c == '-' ? c : ' ').ToArray());
}
