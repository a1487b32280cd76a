using Intranet.Core.Markdown;
using Intranet.Core.Models;
using Intranet.Search.Analysis;
using Intranet.Search.Indexing;
using Intranet.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Xunit;

namespace Intranet.Search.Tests;

/// <summary>
/// Indexing tokenises an article once and feeds several fields from it, and snippets come from offsets in the
/// postings: both must give exactly what the plain analyzers and the stored text give.
/// </summary>
public sealed class SharedAnalysisTests
{
    private const string Title = "Barnehageansatte får ny turnus";
    private const string Summary = "Rådmannen og kommunedirektøren: sjukefråværet i barnehagane går ned.";
    private static readonly string Body = "Dei tilsette i barnehagen «Solsikka» har fått ny turnusordning. " + new string('x', 70)
        + " Helse- og omsorgstjenestene følger med, og e-post til post@kommune.no er 12.5 % raskere. Vi tester <script>alert(1)</script> og "
        + string.Concat(Enumerable.Repeat("Fyllord om budsjett og skole. ", 40)) + "Til slutt: brannøvelse i barnehagene.";

    [Fact]
    public void Shared_tokenisation_gives_the_analyzers_tokens_for_body_compound_and_vocabulary()
    {
        using var analyzers = new SearchAnalyzers();
        var doc = new ArticleDocumentBuilder(new SafeMarkdownRenderer()).Build(Article(), []);
        var all = string.Concat(Title, "\n", Summary, "\n", Body);
        Assert.Equal(Tokens(analyzers.Index.GetTokenStream(IndexFields.Body, Body)), Tokens(Indexed(doc, IndexFields.Body, analyzers)));
        Assert.Equal(Tokens(analyzers.Index.GetTokenStream(IndexFields.Compound, all)), Tokens(Indexed(doc, IndexFields.Compound, analyzers)));
        Assert.Equal(Tokens(analyzers.Index.GetTokenStream(IndexFields.Spell, all)), Tokens(Indexed(doc, IndexFields.Spell, analyzers)));
        Assert.Equal(Body, doc.Get(IndexFields.Body));
    }

    [Theory]
    [InlineData("barnehagene", "<mark>barnehagen</mark>")]
    [InlineData("brannø*", "<mark>brannøvelse</mark>")]
    [InlineData("\"ny turnusordning\"", "<mark>ny</mark> <mark>turnusordning</mark>")]
    public void Body_snippet_marks_the_query_words_from_the_stored_offsets(string query, string expected)
    {
        using var analyzers = new SearchAnalyzers();
        using var reader = Index(analyzers, Article());
        var parsed = new NorwegianQueryParser(analyzers.Query, _ => [], Occur.MUST).Parse(query);
        // Phrases are searched in every field, the compound parts included.
        Assert.Equal(1, new IndexSearcher(reader).Search(parsed, 1).TotalHits);
        var snippet = new SnippetMaker(analyzers).For(parsed, reader).Make(0, "");
        Assert.Contains(expected, snippet);
        Assert.DoesNotContain("<script>", snippet);
        Assert.True(snippet.Length < 500, snippet);
    }

    [Fact]
    public void Body_snippet_shows_the_second_place_the_words_occur_and_encodes_html()
    {
        using var analyzers = new SearchAnalyzers();
        using var reader = Index(analyzers, Article());
        var parsed = new NorwegianQueryParser(analyzers.Query, _ => [], Occur.SHOULD).Parse("alert brannøvelse");
        var snippet = new SnippetMaker(analyzers).For(parsed, reader).Make(0, "");
        Assert.Contains("&lt;script&gt;<mark>alert</mark>(1)", snippet);
        Assert.Contains(" … ", snippet);
        Assert.Contains("<mark>brannøvelse</mark>", snippet);
    }

    /// <summary>The stream the index writer reads for a field of the built document.</summary>
    private static TokenStream Indexed(Lucene.Net.Documents.Document doc, string field, SearchAnalyzers analyzers) =>
        doc.GetFields(field).Single(f => f.IndexableFieldType.IsIndexed).GetTokenStream(analyzers.Index);

    private static List<(string, int, int, int)> Tokens(TokenStream stream)
    {
        var tokens = new List<(string, int, int, int)>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) tokens.Add((term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
            stream.End();
        }
        Assert.NotEmpty(tokens);
        return tokens;
    }

    private static DirectoryReader Index(SearchAnalyzers analyzers, Article article)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NorwegianTextAnalyzer.Version, analyzers.Index)))
            writer.AddDocument(new ArticleDocumentBuilder(new SafeMarkdownRenderer()).Build(article, []));
        return DirectoryReader.Open(directory);
    }

    private static Article Article() => new()
    {
        Id = 1, Kind = ArticleKinds.News, Slug = "a-1", Title = Title, Summary = Summary, BodyHtml = "<p>" + Body.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;") + "</p>",
        Status = ArticleStatus.Published, Audience = Audience.Public, CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
