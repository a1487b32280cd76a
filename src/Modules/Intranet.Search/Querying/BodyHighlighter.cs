using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Intranet.Search.Querying;

/// <summary>
/// Snippets of the body from the character offsets kept in its postings: for a hit, only the query's words are looked
/// up in that document, and the best one or two windows of the stored text (most different query words, then most
/// matches) are shown with the matches in &lt;mark&gt;. Nothing is analysed again. An index written without offsets
/// gives no spans, and the caller falls back to the summary.
/// </summary>
public sealed class BodyHighlighter(Term[] terms)
{
    private const int Margin = 24, MaxFragments = 2;

    public bool IsEmpty => terms.Length == 0;

    /// <summary>Where the query's words are in a document's body, in text order.</summary>
    public List<(int Start, int End, int Term)> Spans(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var local = docId - leaf.DocBase;
        var spans = new List<(int Start, int End, int Term)>();
        for (var t = 0; t < terms.Length; t++)
        {
            var positions = leaf.AtomicReader.GetTermPositionsEnum(terms[t]);
            if (positions is null || positions.Advance(local) != local) continue;
            for (var i = positions.Freq; i > 0; i--)
            {
                positions.NextPosition();
                if (positions.StartOffset < 0) return [];
                spans.Add((positions.StartOffset, positions.EndOffset, t));
            }
        }
        spans.Sort();
        return spans;
    }

    /// <summary>The snippet for one document, or null when none of the query's words is in its body.</summary>
    public string? Snippet(IndexReader reader, int docId, Func<string> body, int fragmentSize)
    {
        var spans = Spans(reader, docId);
        if (spans.Count == 0) return null;
        var text = body();
        var fragments = new List<(int Begin, int End)>();
        for (var n = 0; n < MaxFragments; n++)
        {
            var best = Best(spans, fragments, fragmentSize);
            if (best < 0) break;
            fragments.Add(Window(text, spans[best].Start, fragmentSize));
        }
        return string.Join(" … ", fragments.Select(f => Render(text, f, spans)));
    }

    /// <summary>The span that starts the best window not overlapping the ones already chosen, or -1.</summary>
    private static int Best(List<(int Start, int End, int Term)> spans, List<(int Begin, int End)> chosen, int size)
    {
        var (best, bestScore) = (-1, 0);
        for (var i = 0; i < spans.Count; i++)
        {
            if (chosen.Any(c => spans[i].Start - Margin < c.End && spans[i].Start + size > c.Begin)) continue;
            ulong distinct = 0;
            var count = 0;
            for (var j = i; j < spans.Count && spans[j].End <= spans[i].Start + size; j++, count++) distinct |= 1UL << (spans[j].Term & 63);
            var score = System.Numerics.BitOperations.PopCount(distinct) * 1000 + count;
            if (score > bestScore) (best, bestScore) = (i, score);
        }
        return best;
    }

    /// <summary>About <paramref name="size"/> characters around a match, cut at spaces so no word is split.</summary>
    private static (int Begin, int End) Window(string text, int matchStart, int size)
    {
        var begin = Math.Max(0, matchStart - Margin);
        if (begin > 0)
        {
            var space = text.IndexOfAny([' ', '\n'], begin, matchStart - begin);
            begin = space < 0 ? matchStart : space + 1;
        }
        var end = Math.Min(text.Length, begin + size);
        if (end < text.Length)
        {
            var space = text.LastIndexOfAny([' ', '\n'], end - 1, end - matchStart);
            if (space > matchStart) end = space;
        }
        return (begin, end);
    }

    private static string Render(string text, (int Begin, int End) fragment, List<(int Start, int End, int Term)> spans)
    {
        var html = new System.Text.StringBuilder();
        var at = fragment.Begin;
        foreach (var (start, end, _) in spans)
        {
            if (start < at || end > fragment.End || end > text.Length) continue;
            html.Append(Encoded(text, at, start)).Append("<mark>").Append(Encoded(text, start, end)).Append("</mark>");
            at = end;
        }
        return html.Append(Encoded(text, at, fragment.End)).ToString().Trim();
    }

    /// <summary>A piece of the text HTML-encoded, with line breaks and runs of spaces as one space (a snippet is one line).</summary>
    private static string Encoded(string text, int from, int to)
    {
        var piece = new System.Text.StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i])) piece.Append(text[i]);
            else if (piece.Length == 0 || piece[^1] != ' ') piece.Append(' ');
        }
        return HtmlText.Encode(piece.ToString());
    }
}
