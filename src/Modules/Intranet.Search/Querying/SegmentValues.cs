using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Querying;

/// <summary>
/// One segment's facet values and dates, read once from its doc values into plain arrays and kept while the segment
/// lives: counting or boosting a hit is then an array read instead of decoding packed doc values per hit. Doc
/// values never change within a segment (deletions don't touch them), so the segment core is the cache key.
/// </summary>
public sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = new();

    private SegmentValues(AtomicReader reader)
    {
        Kind = new SingleValued(reader.GetSortedDocValues(F.KindDv), reader.MaxDoc);
        Year = new SingleValued(reader.GetSortedDocValues(F.YearDv), reader.MaxDoc);
        Unit = new MultiValued(reader.GetSortedSetDocValues(F.UnitDv), reader.MaxDoc);
        Value = new MultiValued(reader.GetSortedSetDocValues(F.ValueDv), reader.MaxDoc);
        Dates = new long[reader.MaxDoc];
        if (reader.GetNumericDocValues(F.DateDv) is { } dates)
            for (var doc = 0; doc < Dates.Length; doc++) Dates[doc] = dates.Get(doc);
    }

    public SingleValued Kind { get; }
    public SingleValued Year { get; }
    public MultiValued Unit { get; }
    public MultiValued Value { get; }
    /// <summary>Each document's date (publish or creation) in UTC ticks, for the recency boost.</summary>
    public long[] Dates { get; }

    public static SegmentValues Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentValues(reader));

    /// <summary>Each document's ordinal (-1 for none) and each ordinal's label.</summary>
    public sealed class SingleValued
    {
        public SingleValued(SortedDocValues? values, int maxDoc)
        {
            Ords = new int[values is null ? 0 : maxDoc];
            Labels = ReadLabels(values?.ValueCount ?? 0, (ord, scratch) => values!.LookupOrd(ord, scratch));
            for (var doc = 0; doc < Ords.Length; doc++) Ords[doc] = values!.GetOrd(doc);
        }

        public int[] Ords { get; }
        public string[] Labels { get; }
    }

    /// <summary>Each document's ordinals as a run in one array: Ords[Starts[doc] .. Starts[doc + 1]).</summary>
    public sealed class MultiValued
    {
        public MultiValued(SortedSetDocValues? values, int maxDoc)
        {
            Labels = ReadLabels((int)(values?.ValueCount ?? 0), (ord, scratch) => values!.LookupOrd(ord, scratch));
            Starts = new int[values is null ? 1 : maxDoc + 1];
            var ords = new List<int>();
            for (var doc = 0; values is not null && doc < maxDoc; doc++)
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ords.Add((int)ord);
                Starts[doc + 1] = ords.Count;
            }
            Ords = [.. ords];
        }

        public int[] Starts { get; }
        public int[] Ords { get; }
        public string[] Labels { get; }
    }

    private static string[] ReadLabels(int count, Action<int, BytesRef> lookup)
    {
        var labels = new string[count];
        var scratch = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, scratch);
            labels[ord] = scratch.Utf8ToString();
        }
        return labels;
    }
}
