using Intranet.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace Intranet.Search.Analysis;

/// <summary>
/// The analyzers in one place: indexing decompounds the compound field and keeps raw words for spelling;
/// querying never decompounds (the query word is looked up among the indexed parts).
/// </summary>
public sealed class SearchAnalyzers : IDisposable
{
    public SearchAnalyzers()
    {
        Query = new NorwegianTextAnalyzer(decompound: false);
        Index = new PerFieldAnalyzerWrapper(Query, new Dictionary<string, Analyzer>
        {
            [IndexFields.Compound] = new NorwegianTextAnalyzer(decompound: true),
            [IndexFields.Spell] = new PlainWordAnalyzer(),
        });
    }

    public Analyzer Query { get; }
    public Analyzer Index { get; }

    /// <summary>The analysed tokens of a text, joined by spaces: the key synonyms are compared by.</summary>
    public string Normalise(string text)
    {
        var tokens = new List<string>();
        using var stream = Query.GetTokenStream(IndexFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && tokens.Count < 16) tokens.Add(term.ToString());
        stream.End();
        return string.Join(' ', tokens);
    }

    public void Dispose()
    {
        Index.Dispose();
        Query.Dispose();
    }
}
