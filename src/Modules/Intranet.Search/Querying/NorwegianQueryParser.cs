using Intranet.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace Intranet.Search.Querying;

/// <summary>
/// The simple query syntax with only safe operators: "phrases", -exclusion, | (or), + (and), (grouping) and
/// prefix* for three letters or more. No regex, fuzzy, slop or leading wildcards. Each word and phrase is widened
/// with its synonyms, so "rådmannen" also looks for "kommunedirektør".
/// </summary>
public sealed class NorwegianQueryParser : SimpleQueryParser
{
    public const Operator SafeOperators = Operator.PHRASE_OPERATOR | Operator.NOT_OPERATOR | Operator.OR_OPERATOR
        | Operator.AND_OPERATOR | Operator.PREFIX_OPERATOR | Operator.PRECEDENCE_OPERATORS | Operator.WHITESPACE_OPERATOR;

    private const int MinPrefixLength = 3;
    private readonly Func<string, IReadOnlyList<string>> _synonyms;

    public NorwegianQueryParser(Analyzer analyzer, Func<string, IReadOnlyList<string>> synonyms, Occur defaultOperator)
        : base(analyzer, new Dictionary<string, float>(IndexFields.SearchWeights), SafeOperators)
    {
        _synonyms = synonyms;
        DefaultOperator = defaultOperator;
    }

    protected override Query NewDefaultQuery(string text) => WithSynonyms(base.NewDefaultQuery(text), text);

    protected override Query NewPhraseQuery(string text, int slop) => WithSynonyms(base.NewPhraseQuery(text, 0), text);

    protected override Query NewPrefixQuery(string text)
    {
        if (text.Length < MinPrefixLength) return NewDefaultQuery(text);
        var query = new BooleanQuery(disableCoord: true);
        var lower = text.ToLowerInvariant();
        foreach (var (field, weight) in m_weights)
            query.Add(new PrefixQuery(new Term(field, lower)) { Boost = weight }, Occur.SHOULD);
        return query;
    }

    private Query WithSynonyms(Query original, string text)
    {
        var alternatives = _synonyms(text);
        if (alternatives.Count == 0) return original;
        var widened = new BooleanQuery(disableCoord: true);
        if (original is not null) widened.Add(original, Occur.SHOULD);
        foreach (var alternative in alternatives)
            if (base.NewPhraseQuery(alternative, 0) is { } q) widened.Add(q, Occur.SHOULD);
        return widened.Clauses.Count == 0 ? original! : widened;
    }
}
