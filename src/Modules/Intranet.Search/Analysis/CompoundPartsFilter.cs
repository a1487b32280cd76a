using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Intranet.Search.Analysis;

/// <summary>
/// Keeps only the dictionary parts of long words ("barnehageansatte" → "barnehage", "ansatte") and drops every
/// other token: the whole words are already in the title, summary and body fields, so the compound field only has
/// to add what decompounding finds. The parts come out stemmed like every other term (light stemming for bokmål and
/// nynorsk, then <see cref="FinalDoubleConsonantFilter"/>) and each stem once per word ("ansatt" and "ansatte" are one
/// term at one position): a second copy at the same position matched nothing more. A word's stemmed parts are looked
/// up once and memoised (natural text repeats its words), where Lucene's DictionaryCompoundWordTokenFilter tests every
/// substring of every long word every time and the stemmer would run again on every part.
/// </summary>
public sealed class CompoundPartsFilter : TokenFilter
{
    private const int MinWordSize = 8, MinPartSize = 4, MaxPartSize = 20, MaxMemoised = 200_000;
    private static readonly ConcurrentDictionary<string, string[]> Memo = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> MemoBySpan =
        Memo.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly CharArraySet _dictionary;
    private readonly NorwegianLightStemmer _stemmer = new(NorwegianStandard.BOKMAAL | NorwegianStandard.NYNORSK);
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string[] _parts = [];
    private int _next;

    public CompoundPartsFilter(TokenStream input, CharArraySet dictionary) : base(input)
    {
        _dictionary = dictionary;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < _parts.Length)
        {
            _term.SetEmpty().Append(_parts[_next++]);
            _position.PositionIncrement = 0;
            return true;
        }
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            skipped += _position.PositionIncrement;
            if (_term.Length < MinWordSize) continue;
            _parts = PartsOf(_term.Buffer.AsSpan(0, _term.Length));
            if (_parts.Length == 0) continue;
            _next = 1;
            _term.SetEmpty().Append(_parts[0]);
            _position.PositionIncrement = skipped;
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _parts = [];
        _next = 0;
    }

    private string[] PartsOf(ReadOnlySpan<char> word)
    {
        if (MemoBySpan.TryGetValue(word, out var known)) return known;
        var parts = new List<string>();
        var buffer = word.ToArray();
        var stem = new char[MaxPartSize];
        for (var start = 0; start <= word.Length - MinPartSize; start++)
            for (var length = MinPartSize; length <= MaxPartSize && start + length <= word.Length; length++)
                if (_dictionary.Contains(buffer, start, length))
                {
                    Array.Copy(buffer, start, stem, 0, length);
                    var stemmed = new string(stem, 0, FinalDoubleConsonantFilter.Fold(stem, _stemmer.Stem(stem, length)));
                    if (!parts.Contains(stemmed)) parts.Add(stemmed);
                }
        string[] found = [.. parts];
        if (Memo.Count < MaxMemoised) Memo.TryAdd(new string(word), found);
        return found;
    }
}
