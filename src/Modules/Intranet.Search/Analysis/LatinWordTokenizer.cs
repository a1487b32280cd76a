using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Intranet.Search.Analysis;

/// <summary>
/// Lucene's <see cref="StandardTokenizer"/> (Unicode word boundaries, UAX#29) for text in Latin script, written as a
/// plain loop: the JFlex scanner was the largest single analysis cost of indexing. Letters and digits form words;
/// ' ’ . join letters to letters and digits to digits, : · only letters, , ; only digits; _ joins anything; combining
/// marks and format characters stay inside a word; everything else separates. Text with any character beyond Latin
/// (and general punctuation) goes to StandardTokenizer itself, so every text gets exactly StandardTokenizer's tokens
/// (a test compares them).
/// </summary>
public sealed class LatinWordTokenizer : Tokenizer
{
    private readonly int _maxTokenLength;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private char[] _text = new char[1024];
    private int _length, _next, _skipped;
    private StandardTokenizer? _fallback;

    public LatinWordTokenizer(TextReader input, int maxTokenLength) : base(input)
    {
        _maxTokenLength = maxTokenLength;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_fallback is not null) return FromFallback();
        while (_next < _length)
        {
            var start = _next;
            if (WordClass(_text[start]) is not (Class.Letter or Class.Digit or Class.Join)) { _next++; continue; }
            var end = WordEnd(start);
            _next = Math.Max(end, start + 1);
            if (end == start) continue; // only joiners, no letter or digit: not a word
            if (end - start > _maxTokenLength) { _skipped++; continue; }
            _term.CopyBuffer(_text, start, end - start);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            _position.PositionIncrement = _skipped + 1;
            _skipped = 0;
            return true;
        }
        return false;
    }

    /// <summary>The end of the word starting at <paramref name="start"/>; start itself when it holds no letter or digit.</summary>
    private int WordEnd(int start)
    {
        var i = start;
        var last = Class.Other; // the last letter or digit (joiners excluded)
        var end = start;        // after the last character that belongs to a word with a letter or digit
        var afterCore = false;  // the previous character (marks aside) is a letter or digit
        while (i < _length)
        {
            var c = WordClass(_text[i]);
            if (c is Class.Letter or Class.Digit) { (last, afterCore) = (c, true); end = i = SkipExtend(i + 1); continue; }
            if (c == Class.Join) { i = SkipExtend(i + 1); afterCore = false; if (last != Class.Other) end = i; continue; }
            if (!afterCore || !Joins(c, last)) break;
            var after = SkipExtend(i + 1);
            if (after >= _length || WordClass(_text[after]) != last) break;
            i = after; // the middle character is kept; the letter or digit after it is read next
        }
        return last == Class.Other ? start : end;
    }

    private static bool Joins(Class middle, Class around) => middle switch
    {
        Class.MidBoth => true,
        Class.MidLetter => around == Class.Letter,
        Class.MidDigit => around == Class.Digit,
        _ => false,
    };

    private int SkipExtend(int i)
    {
        while (i < _length && WordClass(_text[i]) == Class.Extend) i++;
        return i;
    }

    private enum Class { Other, Letter, Digit, Join, Extend, MidBoth, MidLetter, MidDigit, Unsupported }

    private static Class WordClass(char c)
    {
        if (c < 0x80)
        {
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a') return Class.Letter;
            if ((uint)(c - '0') <= 9) return Class.Digit;
            return c switch { '\'' or '.' => Class.MidBoth, ':' => Class.MidLetter, ',' or ';' => Class.MidDigit, '_' => Class.Join, _ => Class.Other };
        }
        if (c >= '\u00C0' && c <= '\u00FF') return c is '\u00D7' or '\u00F7' ? Class.Other : Class.Letter; // æ ø å é ü …
        if (c is >= '\u2000' and <= '\u206F') return GeneralPunctuation(c);
        if (c > 0x024F) return Class.Unsupported;
        if (c == '\u00B7') return Class.MidLetter;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Class.Letter,
            UnicodeCategory.Format => Class.Extend, // the soft hyphen stays inside its word
            _ => Class.Other,
        };
    }

    /// <summary>Word-break classes of U+2000–U+206F as Unicode 6.3 (Lucene 4.8's StandardTokenizer) has them.</summary>
    private static Class GeneralPunctuation(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u2024' => Class.MidBoth,
        '\u2027' => Class.MidLetter,
        '\u2044' => Class.MidDigit,
        '\u203F' or '\u2040' or '\u2054' => Class.Join,
        '\u200C' or '\u200D' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u206F') => Class.Extend,
        _ => Class.Other,
    };

    public override void Reset()
    {
        base.Reset();
        (_length, _next, _skipped) = (0, 0, 0);
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length) Array.Resize(ref _text, _text.Length * 2);
        }
        _fallback = null;
        for (var i = 0; i < _length; i++)
            if (_text[i] >= 0x80 && WordClass(_text[i]) == Class.Unsupported)
            {
                _fallback = new StandardTokenizer(NorwegianTextAnalyzer.Version, new StringReader(new string(_text, 0, _length))) { MaxTokenLength = _maxTokenLength };
                _fallback.Reset();
                break;
            }
    }

    private bool FromFallback()
    {
        if (!_fallback!.IncrementToken()) return false;
        var term = _fallback.GetAttribute<ICharTermAttribute>();
        var offset = _fallback.GetAttribute<IOffsetAttribute>();
        _term.CopyBuffer(term.Buffer, 0, term.Length);
        _offset.SetOffset(CorrectOffset(offset.StartOffset), CorrectOffset(offset.EndOffset));
        _position.PositionIncrement = _fallback.GetAttribute<IPositionIncrementAttribute>().PositionIncrement;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
        if (_fallback is not null) { _fallback.End(); _position.PositionIncrement = _fallback.GetAttribute<IPositionIncrementAttribute>().PositionIncrement; }
        else _position.PositionIncrement = _skipped;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _fallback?.Dispose();
        base.Dispose(disposing);
    }
}
