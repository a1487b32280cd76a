using Intranet.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Querying;

/// <summary>
/// A short HTML snippet with the matched words in &lt;mark&gt;; every other character is HTML-encoded.
/// The summary is short and re-analysed; the body is highlighted from the offsets stored in its postings
/// (<see cref="BodyHighlighter"/>), so only the query's words in the shown hits are looked at, never the whole body text.
/// Falls back to the encoded summary when neither matches (e.g. only the title matched).
/// </summary>
public sealed class SnippetMaker(SearchAnalyzers analyzers)
{
    private const int FragmentSize = 160;
    private const int MaxAnalyzedChars = 10_000;

    /// <summary>The snippets of one page of hits: the query is prepared for the highlighter once.</summary>
    public Page For(Query? query, IndexReader reader) => new(this, query, reader);

    public sealed class Page
    {
        private readonly SnippetMaker _maker;
        private readonly Query? _query;
        private readonly IndexReader _reader;
        private readonly BodyHighlighter? _body;

        internal Page(SnippetMaker maker, Query? query, IndexReader reader)
        {
            (_maker, _query, _reader) = (maker, query, reader);
            _body = query is null ? null : new BodyHighlighter(QueryFieldTerms.Of(query, F.Body, reader));
        }

        public string Make(int docId, string summary)
        {
            if (_query is not null && _maker.Highlight(_query, F.Summary, summary) is { Length: > 0 } inSummary) return inSummary;
            if (_body is { IsEmpty: false } && _body.Snippet(_reader, docId, () => StoredBody(docId), FragmentSize) is { Length: > 0 } inBody)
                return inBody;
            return HtmlText.Encode(Shorten(summary.Length > 0 ? summary : StoredBody(docId)));
        }

        private string StoredBody(int docId) => _reader.Document(docId, new HashSet<string> { F.Body }).Get(F.Body) ?? "";
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
