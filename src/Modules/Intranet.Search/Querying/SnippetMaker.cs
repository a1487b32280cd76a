using Intranet.Search.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Intranet.Search.Querying;

/// <summary>
/// A short HTML snippet with the matched words in &lt;mark&gt;; every other character is HTML-encoded.
/// Falls back to the encoded summary when the body has no match (e.g. only the title matched).
/// </summary>
public sealed class SnippetMaker(SearchAnalyzers analyzers)
{
    private const int FragmentSize = 160;
    // Snippets come from the start of long bodies: re-analysing whole documents dominated query time in the benchmark.
    private const int MaxAnalyzedChars = 10_000;

    public string Make(Query? query, string body, string summary)
    {
        if (query is not null)
        {
            foreach (var (field, text) in new[] { (Indexing.IndexFields.Summary, summary), (Indexing.IndexFields.Body, body) })
                if (Highlight(query, field, text) is { Length: > 0 } fragment) return fragment;
        }
        return HtmlText.Encode(Shorten(summary.Length > 0 ? summary : body));
    }

    private string? Highlight(Query query, string field, string text)
    {
        if (text.Length == 0) return null;
        try
        {
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlText(), new QueryScorer(query, field))
            {
                TextFragmenter = new SimpleFragmenter(FragmentSize),
                MaxDocCharsToAnalyze = MaxAnalyzedChars,
            };
            using var tokens = analyzers.Query.GetTokenStream(field, text);
            return highlighter.GetBestFragments(tokens, text, 2, " … ");
        }
        catch (InvalidTokenOffsetsException) { return null; }
    }

    private static string Shorten(string text) =>
        text.Length <= FragmentSize * 2 ? text : text[..(FragmentSize * 2)].TrimEnd() + " …";
}
