using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Querying;

/// <summary>
/// Counts kind, unit, value and year over every hit the collector sees — the same filtered hit set as the
/// results, so a facet count can never reveal a document the reader may not see.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new()
    {
        ["kind"] = [], ["unit"] = [], ["value"] = [], ["year"] = [],
    };
    private readonly BytesRef _scratch = new();
    private SortedDocValues? _kind, _year;
    private SortedSetDocValues? _unit, _value;

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts => _counts;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _kind = reader.GetSortedDocValues(F.KindDv);
        _year = reader.GetSortedDocValues(F.YearDv);
        _unit = reader.GetSortedSetDocValues(F.UnitDv);
        _value = reader.GetSortedSetDocValues(F.ValueDv);
    }

    public void Collect(int doc)
    {
        CountSingle(_kind, doc, _counts["kind"]);
        CountSingle(_year, doc, _counts["year"]);
        CountMany(_unit, doc, _counts["unit"]);
        CountMany(_value, doc, _counts["value"]);
    }

    private void CountSingle(SortedDocValues? values, int doc, Dictionary<string, int> counts)
    {
        if (values is null) return;
        var ord = values.GetOrd(doc);
        if (ord < 0) return;
        values.LookupOrd(ord, _scratch);
        Increment(counts, _scratch.Utf8ToString());
    }

    private void CountMany(SortedSetDocValues? values, int doc, Dictionary<string, int> counts)
    {
        if (values is null) return;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, _scratch);
            Increment(counts, _scratch.Utf8ToString());
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
