using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Intranet.Search.Analysis;

/// <summary>
/// Passes each term once per text. For a field indexed as "which documents hold this word" (no frequencies or
/// positions) the repeats carry nothing, and skipping them here is much cheaper than Lucene hashing every one.
/// </summary>
public sealed class DistinctTokenFilter : TokenFilter
{
    private readonly CharArraySet _seen = new(NorwegianTextAnalyzer.Version, 512, ignoreCase: false);
    private readonly ICharTermAttribute _term;

    public DistinctTokenFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (_seen.Contains(_term.Buffer, 0, _term.Length)) continue;
            _seen.Add(_term.ToString());
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _seen.Clear();
    }
}
