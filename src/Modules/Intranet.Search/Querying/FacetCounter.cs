using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Intranet.Search.Querying;

/// <summary>
/// Counts kind, unit, value and year over every hit the collector sees — the same filtered hit set as the
/// results, so a facet count can never reveal a document the reader may not see. Per segment it only bumps
/// ordinal counters in arrays (from the segment's cached <see cref="SegmentValues"/>); the ordinals become
/// labels once, when the segment is done.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private static readonly string[] Names = ["kind", "unit", "value", "year"];
    private readonly Dictionary<string, Dictionary<string, int>> _counts = Names.ToDictionary(n => n, _ => new Dictionary<string, int>());
    private SegmentValues? _segment;
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
        _segment = SegmentValues.Of(context.AtomicReader);
        _kindCounts = new int[_segment.Kind.Labels.Length];
        _yearCounts = new int[_segment.Year.Labels.Length];
        _unitCounts = new int[_segment.Unit.Labels.Length];
        _valueCounts = new int[_segment.Value.Labels.Length];
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        CountOne(segment.Kind, doc, _kindCounts);
        CountOne(segment.Year, doc, _yearCounts);
        CountMany(segment.Unit, doc, _unitCounts);
        CountMany(segment.Value, doc, _valueCounts);
    }

    private static void CountOne(SegmentValues.SingleValued values, int doc, int[] counts)
    {
        var ords = values.Ords;
        if ((uint)doc < (uint)ords.Length && ords[doc] >= 0) counts[ords[doc]]++;
    }

    private static void CountMany(SegmentValues.MultiValued values, int doc, int[] counts)
    {
        var starts = values.Starts;
        if ((uint)doc + 1 >= (uint)starts.Length) return;
        var ords = values.Ords;
        for (var i = starts[doc]; i < starts[doc + 1]; i++) counts[ords[i]]++;
    }

    private void FlushSegment()
    {
        if (_segment is null) return;
        Flush(_kindCounts, _segment.Kind.Labels, _counts["kind"]);
        Flush(_yearCounts, _segment.Year.Labels, _counts["year"]);
        Flush(_unitCounts, _segment.Unit.Labels, _counts["unit"]);
        Flush(_valueCounts, _segment.Value.Labels, _counts["value"]);
        _segment = null;
    }

    private static void Flush(int[] counts, string[] labels, Dictionary<string, int> into)
    {
        for (var ord = 0; ord < counts.Length; ord++)
            if (counts[ord] > 0) into[labels[ord]] = into.GetValueOrDefault(labels[ord]) + counts[ord];
    }
}
