using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Intranet.Search.Querying;

/// <summary>
/// "Mente du …?": replaces each word that is rare or missing in the index by the closest common word of the
/// unstemmed vocabulary (at most two edits, same first letter). Reads a bounded number of terms per word.
/// </summary>
public static class SpellingSuggester
{
    private const int MaxEdits = 2;
    private const int MaxTermsScanned = 20_000;
    private const int MinWordLength = 4;

    public static string? Suggest(IndexSearcher searcher, string text)
    {
        var terms = MultiFields.GetTerms(searcher.IndexReader, Indexing.IndexFields.Spell);
        if (terms is null) return null;
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(UserQueryText.MaxTerms).ToList();
        var changed = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length < MinWordLength || !words[i].All(char.IsLetter)) continue;
            if (searcher.IndexReader.DocFreq(new Term(Indexing.IndexFields.Spell, words[i])) > 0) continue;
            if (Closest(terms, words[i]) is { } better) { words[i] = better; changed = true; }
        }
        return changed ? string.Join(' ', words) : null;
    }

    private static string? Closest(Terms terms, string word)
    {
        var en = terms.GetEnumerator();
        if (en.SeekCeil(new BytesRef(word[..1])) == TermsEnum.SeekStatus.END) return null;
        string? best = null;
        var bestDistance = MaxEdits + 1;
        var bestFreq = 0;
        var scanned = 0;
        do
        {
            var candidate = en.Term.Utf8ToString();
            if (candidate[0] != word[0] || ++scanned > MaxTermsScanned) break;
            if (Math.Abs(candidate.Length - word.Length) > MaxEdits) continue;
            var distance = EditDistance.Between(word, candidate, MaxEdits);
            if (distance < bestDistance || (distance == bestDistance && en.DocFreq > bestFreq))
                (best, bestDistance, bestFreq) = (candidate, distance, en.DocFreq);
        }
        while (en.MoveNext());
        return best;
    }
}
