using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Intranet.Search.Analysis;

/// <summary>
/// Norwegian text: standard tokens, lower case (æ ø å kept as letters), Norwegian stop words, and light stemming
/// for bokmål and nynorsk together so "barnehagene"/"barnehagane" meet "barnehage". With decompounding on, only the
/// dictionary parts of long words are produced ("barnehageansatte" → "barnehage", "ansatte"; see CompoundPartsFilter).
/// </summary>
public sealed class NorwegianTextAnalyzer(bool decompound) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const int MaxTokenLength = 64;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new LatinWordTokenizer(reader, MaxTokenLength);
        return new TokenStreamComponents(tokenizer, AfterLowerCase(new LowerCaseFilter(Version, tokenizer), decompound));
    }

    /// <summary>
    /// Everything after tokenising and lower-casing. Indexing feeds the body and compound fields through this from
    /// one shared tokenisation (<see cref="CapturedTokens"/>), so both paths must stay this one chain.
    /// </summary>
    public static TokenStream AfterLowerCase(TokenStream stream, bool decompound)
    {
        stream = new StopFilter(Version, stream, NorwegianAnalyzer.DefaultStopSet);
        // The compound parts come out stemmed (and memoised per word) from CompoundPartsFilter itself.
        if (decompound) return new CompoundPartsFilter(stream, CompoundWords.Dictionary);
        stream = new NorwegianLightStemFilter(stream, NorwegianStandard.BOKMAAL | NorwegianStandard.NYNORSK);
        return new FinalDoubleConsonantFilter(stream);
    }
}
