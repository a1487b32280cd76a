using Intranet.Core.Content;
using Intranet.Core.Markdown;
using Intranet.Core.Models;
using Intranet.Search.Analysis;
using Intranet.Search.Indexing;
using Intranet.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Xunit;

namespace Intranet.Search.Tests;

/// <summary>The performance shortcuts must give exactly what the plain way gives.</summary>
public sealed class SearchInternalsTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Cached_permission_filter_equals_the_direct_one_at_every_moment()
    {
        var articles = new List<Article>();
        DateTimeOffset?[] times = [null, T.AddDays(-1), T, T.AddDays(1)];
        foreach (var status in new[] { ArticleStatus.Published, ArticleStatus.Draft })
            foreach (var start in times)
                foreach (var end in times)
                    articles.Add(Article(articles.Count + 1, status, start, end));
        using var index = Index([articles]);
        var searcher = new IndexSearcher(index);
        var cache = new PermissionFilterCache();
        DateTimeOffset[] moments = [T.AddDays(-2), T.AddDays(-1), T.AddDays(-1).AddTicks(1), T.AddTicks(-1), T, T.AddTicks(1), T.AddHours(5), T.AddDays(1), T.AddDays(2), T, T.AddDays(-1)];
        foreach (var reader in new[] { ReaderContext.Anonymous, new ReaderContext("u-other", true, false, []) })
            foreach (var now in moments)
            {
                var direct = Ids(searcher, PermissionFilter.For(reader, now)!);
                var cached = Ids(searcher, new FilteredQuery(new MatchAllDocsQuery(), cache.For(index, reader, now)));
                Assert.True(direct.SetEquals(cached), $"{reader} at {now:O}: [{string.Join(",", direct.Order())}] vs [{string.Join(",", cached.Order())}]");
            }
    }

    [Fact]
    public void Canonical_now_only_moves_at_publish_times()
    {
        using var index = Index([[Article(1, ArticleStatus.Published, T, null)], [Article(2, ArticleStatus.Published, null, T.AddDays(1))]]);
        Assert.Equal(DateTimeOffset.MinValue, PermissionFilterCache.CanonicalNow(index, T.AddTicks(-1)));
        Assert.Equal(T, PermissionFilterCache.CanonicalNow(index, T));
        Assert.Equal(T, PermissionFilterCache.CanonicalNow(index, T.AddHours(23)));
        Assert.Equal(T.AddDays(1), PermissionFilterCache.CanonicalNow(index, T.AddDays(3)));
    }

    [Fact]
    public void Facets_add_up_across_segments()
    {
        using var index = Index([[Article(1, ArticleStatus.Published, null, null, ArticleKinds.News)],
            [Article(2, ArticleStatus.Published, null, null, ArticleKinds.News), Article(3, ArticleStatus.Published, null, null, ArticleKinds.Story)]]);
        Assert.True(index.Leaves.Count > 1);
        var facets = new FacetCounter();
        new IndexSearcher(index).Search(new MatchAllDocsQuery(), facets);
        Assert.Equal(2, facets.Counts["kind"][ArticleKinds.News]);
        Assert.Equal(1, facets.Counts["kind"][ArticleKinds.Story]);
        Assert.Equal(3, facets.Counts["unit"]["sektor"]);
    }

    [Fact]
    public void Recency_collector_ranks_the_newer_of_equal_articles_first_and_counts_every_hit()
    {
        var older = Article(1, ArticleStatus.Published, null, null);
        older.CreatedAt = T.AddDays(-400);
        var newer = Article(2, ArticleStatus.Published, null, null);
        newer.CreatedAt = T.AddDays(-1);
        using var index = Index([[older], [newer, Article(3, ArticleStatus.Published, null, null)]]);
        var top = new RecencyTopCollector(1, T);
        new IndexSearcher(index).Search(new MatchAllDocsQuery(), top);
        var docs = top.GetTopDocs();
        Assert.Equal(3, docs.TotalHits);
        Assert.Single(docs.ScoreDocs);
        Assert.Equal("2", new IndexSearcher(index).Doc(docs.ScoreDocs[0].Doc).Get(IndexFields.Id));
        Assert.True(RecencyTopCollector.Factor(T.UtcTicks, T.AddDays(-1).UtcTicks) > RecencyTopCollector.Factor(T.UtcTicks, T.AddDays(-400).UtcTicks));
    }

    [Fact]
    public void Permitted_search_skips_invisible_and_deleted_documents()
    {
        var directory = new RAMDirectory();
        using var analyzers = new SearchAnalyzers();
        var builder = new ArticleDocumentBuilder(new SafeMarkdownRenderer());
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NorwegianTextAnalyzer.Version, analyzers.Index)))
        {
            foreach (var status in new[] { ArticleStatus.Published, ArticleStatus.Draft, ArticleStatus.Published, ArticleStatus.Published })
            {
                var id = writer.NumDocs + 1;
                writer.AddDocument(builder.Build(Article(id, status, null, null), []));
            }
            writer.Commit();
            writer.DeleteDocuments(new Term(IndexFields.Id, "3"));
            writer.Commit();
        }
        using var index = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(index);
        var top = new RecencyTopCollector(10, T);
        var facets = new FacetCounter();
        PermittedSearch.Run(searcher, new MatchAllDocsQuery(),
            new PermissionFilterCache().For(index, new ReaderContext("u-other", true, false, []), T), MultiCollector.Wrap(top, facets));
        var ids = top.GetTopDocs().ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IndexFields.Id)).Order();
        Assert.Equal(["1", "4"], ids);
        Assert.Equal(2, facets.Counts["kind"][ArticleKinds.News]);
    }

    [Theory]
    [InlineData("<p>Første</p><p>andre</p>", "Første\nandre")]
    [InlineData("<p>bar<em>ne</em>hage &amp; skole &lt;b&gt;</p>", "barnehage & skole <b>")]
    [InlineData("<ul><li>en</li><li>to</li></ul>", "en\nto")]
    public void Html_body_becomes_plain_text(string html, string expected) => Assert.Equal(expected, HtmlPlainText.From(html));

    private static Article Article(int id, ArticleStatus status, DateTimeOffset? start, DateTimeOffset? end, string kind = ArticleKinds.News) => new()
    {
        Id = id, Kind = kind, Slug = $"a-{id}", Title = $"Artikkel {id}", BodyHtml = "<p>Tekst</p>", Status = status, PublishAt = start, UnpublishAt = end,
        Audience = Audience.Public, CreatedAt = T.AddDays(-10), Unit = new Unit { Slug = "enhet", ParentId = 1, Parent = new Unit { Slug = "sektor" } },
    };

    /// <summary>An index with one segment per list of articles.</summary>
    private static DirectoryReader Index(List<List<Article>> segments)
    {
        var directory = new RAMDirectory();
        using var analyzers = new SearchAnalyzers();
        var builder = new ArticleDocumentBuilder(new SafeMarkdownRenderer());
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NorwegianTextAnalyzer.Version, analyzers.Index) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES }))
            foreach (var segment in segments)
            {
                foreach (var article in segment) writer.AddDocument(builder.Build(article, []));
                writer.Commit();
            }
        return DirectoryReader.Open(directory);
    }

    private static HashSet<string> Ids(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 1000).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IndexFields.Id))];
}
