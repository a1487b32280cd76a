using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Intranet.Search.Analysis;

/// <summary>
/// Runs after the light stemmer, which stems "rådmann" to "rådman" but "rådmannen" to "rådmann": folding a final
/// double consonant to one makes every form of such words meet ("tilsett", "tilsette" → "tilset").
/// </summary>
public sealed class FinalDoubleConsonantFilter : TokenFilter
{
    private const string Vowels = "aeiouyæøå";
    private readonly ICharTermAttribute _term;

    public FinalDoubleConsonantFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        _term.Length = Fold(_term.Buffer, _term.Length);
        return true;
    }

    /// <returns>The length of the word without its final double consonant.</returns>
    public static int Fold(char[] word, int length)
    {
        if (length <= 3) return length;
        var last = word[length - 1];
        return last == word[length - 2] && char.IsLetter(last) && !Vowels.Contains(last) ? length - 1 : length;
    }
}
