using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Intranet.Search.Analysis;

/// <summary>
/// The words of one text, tokenised and lower-cased once and kept in flat arrays, so several fields of a document
/// (body, compound parts, spelling vocabulary) are fed from one pass of the tokenizer instead of one pass each.
/// The tokenizer is the same as <see cref="NorwegianTextAnalyzer"/>'s, so the fields hold what that analyzer makes.
/// </summary>
public sealed class CapturedTokens
{
    private static readonly Analyzer Words = new LowerCaseWords();
    private char[] _chars = new char[4096];
    private int[] _termStart = new int[512], _termLength = new int[512], _start = new int[512], _end = new int[512], _increment = new int[512];
    private int _charCount;

    public CapturedTokens(string text)
    {
        using var stream = Words.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) Add(term, offset.StartOffset, offset.EndOffset, increment.PositionIncrement);
        stream.End();
    }

    public int Count { get; private set; }

    /// <summary>The index of the first token that starts at or after a character offset.</summary>
    public int FirstAtOrAfter(int offset)
    {
        var index = Array.BinarySearch(_start, 0, Count, offset);
        if (index < 0) return ~index;
        while (index > 0 && _start[index - 1] == offset) index--;
        return index;
    }

    /// <summary>A fresh stream over tokens [from, to) (to the end when -1), offsets shifted so <paramref name="offsetBase"/> becomes 0.</summary>
    public TokenStream Replay(int from = 0, int offsetBase = 0, int to = -1) => new Replayed(this, from, to < 0 ? Count : to, offsetBase);

    private void Add(ICharTermAttribute term, int start, int end, int increment)
    {
        if (Count == _start.Length) Grow();
        if (_charCount + term.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
        Array.Copy(term.Buffer, 0, _chars, _charCount, term.Length);
        (_termStart[Count], _termLength[Count], _start[Count], _end[Count], _increment[Count]) = (_charCount, term.Length, start, end, increment);
        _charCount += term.Length;
        Count++;
    }

    private void Grow()
    {
        var size = Count * 2;
        Array.Resize(ref _termStart, size);
        Array.Resize(ref _termLength, size);
        Array.Resize(ref _start, size);
        Array.Resize(ref _end, size);
        Array.Resize(ref _increment, size);
    }

    private sealed class Replayed : TokenStream
    {
        private readonly CapturedTokens _tokens;
        private readonly int _from, _to, _offsetBase;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public Replayed(CapturedTokens tokens, int from, int to, int offsetBase)
        {
            (_tokens, _from, _to, _offsetBase, _next) = (tokens, from, to, offsetBase, from);
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _to) return false;
            ClearAttributes();
            var t = _tokens;
            _term.CopyBuffer(t._chars, t._termStart[_next], t._termLength[_next]);
            _offset.SetOffset(t._start[_next] - _offsetBase, t._end[_next] - _offsetBase);
            _increment.PositionIncrement = t._increment[_next];
            _next++;
            return true;
        }

        public override void End()
        {
            base.End();
            var last = _to > _from ? _tokens._end[_to - 1] - _offsetBase : 0;
            _offset.SetOffset(last, last);
        }

        public override void Reset()
        {
            base.Reset();
            _next = _from;
        }
    }

    /// <summary>Standard tokens (as in <see cref="NorwegianTextAnalyzer"/>), lower-cased; the analyzer reuses them per thread.</summary>
    private sealed class LowerCaseWords : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new LatinWordTokenizer(reader, NorwegianTextAnalyzer.MaxTokenLength);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(NorwegianTextAnalyzer.Version, tokenizer));
        }
    }
}
