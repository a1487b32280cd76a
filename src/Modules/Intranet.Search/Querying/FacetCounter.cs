using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Querying;

/// <summary>
/// Counts kind, unit, value and year over every hit the collector sees — the same filtered hit set as the
/// results, so a facet count can never reveal a document the reader may not see. Per segment it only bumps
/// ordinal counters in arrays; the ordinals become strings once, when the segment is done.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private static readonly string[] Names = ["kind", "unit", "value", "year"];
    private readonly Dictionary<string, Dictionary<string, int>> _counts = Names.ToDictionary(n => n, _ => new Dictionary<string, int>());
    private SortedDocValues? _kind, _year;
    private SortedSetDocValues? _unit, _value;
    private int[] _kindCounts = [], _yearCounts = [], _unitCounts = [], _valueCounts = [];

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            FlushSegment();
            return _counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        _kind = reader.GetSortedDocValues(F.KindDv);
        _year = reader.GetSortedDocValues(F.YearDv);
        _unit = reader.GetSortedSetDocValues(F.UnitDv);
        _value = reader.GetSortedSetDocValues(F.ValueDv);
        _kindCounts = new int[_kind?.ValueCount ?? 0];
        _yearCounts = new int[_year?.ValueCount ?? 0];
        _unitCounts = new int[_unit?.ValueCount ?? 0];
        _valueCounts = new int[_value?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        if (_kind is not null && _kind.GetOrd(doc) is var kind and >= 0) _kindCounts[kind]++;
        if (_year is not null && _year.GetOrd(doc) is var year and >= 0) _yearCounts[year]++;
        CountMany(_unit, doc, _unitCounts);
        CountMany(_value, doc, _valueCounts);
    }

    private static void CountMany(SortedSetDocValues? values, int doc, int[] counts)
    {
        if (values is null) return;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) counts[ord]++;
    }

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        Flush(_kindCounts, _counts["kind"], ord => _kind!.LookupOrd(ord, scratch));
        Flush(_yearCounts, _counts["year"], ord => _year!.LookupOrd(ord, scratch));
        Flush(_unitCounts, _counts["unit"], ord => _unit!.LookupOrd(ord, scratch));
        Flush(_valueCounts, _counts["value"], ord => _value!.LookupOrd(ord, scratch));
        _kindCounts = _yearCounts = _unitCounts = _valueCounts = [];

        void Flush(int[] counts, Dictionary<string, int> into, Action<int> lookup)
        {
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                lookup(ord);
                var key = scratch.Utf8ToString();
                into[key] = into.GetValueOrDefault(key) + counts[ord];
            }
        }
    }
}
