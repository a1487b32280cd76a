using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Intranet.Search.Analysis;

/// <summary>
/// Passes each term once per text. For a field indexed as "which documents hold this word" (no frequencies or
/// positions) the repeats carry nothing, and skipping them here is much cheaper than Lucene hashing every one.
/// The seen terms are looked up by span, so a repeat costs one hash lookup and no allocation.
/// </summary>
public sealed class DistinctTokenFilter : TokenFilter
{
    private readonly HashSet<string> _seen = new(512, StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _seenBySpan;
    private readonly ICharTermAttribute _term;

    public DistinctTokenFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _seenBySpan = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
            if (_seenBySpan.Add(_term.Buffer.AsSpan(0, _term.Length))) return true;
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _seen.Clear();
    }
}
