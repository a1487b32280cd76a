using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Intranet.Search.Querying;

/// <summary>
/// The terms a query looks for in one field, for highlighting: words, phrase words and (capped) the indexed words a
/// prefix stands for. Excluded clauses are left out, since their words are not in a hit.
/// </summary>
public static class QueryFieldTerms
{
    private const int MaxPrefixTerms = 64;

    public static Term[] Of(Query query, string field, IndexReader reader)
    {
        var terms = new List<Term>();
        Collect(query, field, reader, terms);
        return [.. terms.Distinct()];
    }

    private static void Collect(Query query, string field, IndexReader reader, List<Term> terms)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Collect(clause.Query, field, reader, terms);
                break;
            case TermQuery term when term.Term.Field == field:
                terms.Add(term.Term);
                break;
            case PhraseQuery phrase:
                terms.AddRange(phrase.GetTerms().Where(t => t.Field == field));
                break;
            case MultiPhraseQuery multi:
                terms.AddRange(multi.GetTermArrays().SelectMany(a => a).Where(t => t.Field == field));
                break;
            case PrefixQuery prefix when prefix.Prefix.Field == field:
                AddPrefixed(prefix.Prefix, reader, terms);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts) Collect(disjunct, field, reader, terms);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, field, reader, terms);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner, field, reader, terms);
                break;
        }
    }

    private static void AddPrefixed(Term prefix, IndexReader reader, List<Term> terms)
    {
        var indexed = MultiFields.GetTerms(reader, prefix.Field);
        if (indexed is null) return;
        var words = indexed.GetEnumerator();
        if (words.SeekCeil(prefix.Bytes) == TermsEnum.SeekStatus.END) return;
        var added = 0;
        do
        {
            if (!StringHelper.StartsWith(words.Term, prefix.Bytes)) return;
            terms.Add(new Term(prefix.Field, BytesRef.DeepCopyOf(words.Term)));
        } while (++added < MaxPrefixTerms && words.MoveNext());
    }
}
