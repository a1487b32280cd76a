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

/// <summary>
/// The Lucene permission filter must agree with ArticleVisibility.CanRead for every combination of status,
/// publish window, audience, author, unit, reader-unit restriction and reader (own unit, led units).
/// </summary>
public sealed class PermissionFilterParityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Filter_matches_CanRead_for_every_combination()
    {
        var articles = AllCombinations().ToList();
        using var directory = new RAMDirectory();
        using var analyzers = new SearchAnalyzers();
        var builder = new ArticleDocumentBuilder(new SafeMarkdownRenderer());
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NorwegianTextAnalyzer.Version, analyzers.Index)))
            foreach (var article in articles) writer.AddDocument(builder.Build(article, []));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        foreach (var who in Readers())
        {
            var query = PermissionFilter.For(who, Now) ?? new MatchAllDocsQuery();
            var found = searcher.Search(query, articles.Count + 1).ScoreDocs
                .Select(d => int.Parse(searcher.Doc(d.Doc).Get(IndexFields.Id))).Order().ToList();
            var expected = articles.Where(a => a.CanRead(who, Now)).Select(a => a.Id).Order().ToList();
            Assert.True(expected.SequenceEqual(found), $"{who}: expected [{string.Join(",", expected)}] found [{string.Join(",", found)}]");
        }
    }

    private static IEnumerable<ReaderContext> Readers() =>
    [
        ReaderContext.Anonymous,
        new("u-author", true, false, []),
        new("u-other", true, false, []),
        new("u-leader", true, false, [7]),
        new("u-leader-elsewhere", true, false, [8]),
        new("u-in-unit-7", true, false, []) { UnitId = 7 },
        new("u-in-unit-9", true, false, []) { UnitId = 9 },
        new("u-in-unit-8-leads-9", true, false, [9]) { UnitId = 8 },
        new("u-editor", true, true, []),
    ];

    private static IEnumerable<Article> AllCombinations()
    {
        var id = 0;
        DateTimeOffset?[] starts = [null, Now.AddDays(-1), Now.AddDays(1), Now];
        DateTimeOffset?[] ends = [null, Now.AddDays(1), Now.AddDays(-1), Now];
        foreach (var status in Enum.GetValues<ArticleStatus>())
        foreach (var start in starts)
        foreach (var end in ends)
        foreach (var audience in Enum.GetValues<Audience>())
        foreach (var author in new string?[] { "u-author", null })
        foreach (var unit in new int?[] { 7, null })
        foreach (var readerUnits in new int[][] { [], [7], [9, 10] })
            yield return new Article
            {
                Id = ++id, Kind = ArticleKinds.Story, Slug = $"a{id}", Title = $"Artikkel {id}", Status = status,
                PublishAt = start, UnpublishAt = end, Audience = audience, AuthorId = author, UnitId = unit,
                CreatedAt = Now.AddDays(-10), PublishedAt = status == ArticleStatus.Published ? start ?? Now.AddDays(-2) : null,
                ReaderUnits = readerUnits.Select(u => new ArticleReaderUnit { ArticleId = id, UnitId = u }).ToList(),
            };
    }
}
