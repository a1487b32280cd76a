using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Intranet.Search.Analysis;

/// <summary>
/// Unstemmed lower-case words, each once per text: the vocabulary "Mente du …?" proposes from (so suggestions are
/// real words), indexed as documents only.
/// </summary>
public sealed class PlainWordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new LatinWordTokenizer(reader, NorwegianTextAnalyzer.MaxTokenLength);
        return new TokenStreamComponents(tokenizer, new DistinctTokenFilter(new LowerCaseFilter(NorwegianTextAnalyzer.Version, tokenizer)));
    }
}
