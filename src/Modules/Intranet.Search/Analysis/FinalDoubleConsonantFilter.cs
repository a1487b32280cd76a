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
        var length = _term.Length;
        if (length > 3)
        {
            var last = _term.Buffer[length - 1];
            if (last == _term.Buffer[length - 2] && char.IsLetter(last) && !Vowels.Contains(last)) _term.Length = length - 1;
        }
        return true;
    }
}
