using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Intranet.Core.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Querying;

/// <summary>
/// Reuses the <see cref="PermissionFilter"/> document sets between searches. The filter depends on the clock only
/// through the publish and unpublish times, so between two such times that occur in the index its result is the
/// same: searches use the latest such time at or before now ("canonical now"), which keeps the filter equal (and
/// cached, per segment) until the next scheduled publish or unpublish instead of changing with every tick.
/// This relies on PermissionFilter using the time only against <see cref="F.PublishAt"/> and <see cref="F.UnpublishAt"/>.
/// </summary>
public sealed class PermissionFilterCache
{
    private const int MaxFilters = 512;
    private static readonly ConditionalWeakTable<object, long[]> Boundaries = new();
    private readonly ConcurrentDictionary<Query, Filter> _filters = new();

    /// <returns>Null when the reader may see everything.</returns>
    public Filter? For(IndexReader index, ReaderContext reader, DateTimeOffset now)
    {
        var query = PermissionFilter.For(reader, CanonicalNow(index, now));
        if (query is null) return null;
        if (_filters.TryGetValue(query, out var cached)) return cached;
        if (_filters.Count >= MaxFilters) _filters.Clear();
        return _filters.GetOrAdd(query, q => new BitSetCache(new QueryWrapperFilter(q)));
    }

    /// <summary>
    /// Caches each segment's set as a plain bit set: most documents pass the permission filter, and a bit set offers
    /// random access, so the filtered query checks it per candidate instead of leap-frogging a compressed set.
    /// </summary>
    private sealed class BitSetCache(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }

    /// <summary>The latest publish or unpublish time in the index at or before now (or the earliest time if none).</summary>
    public static DateTimeOffset CanonicalNow(IndexReader index, DateTimeOffset now)
    {
        var latest = 0L;
        foreach (var leaf in index.Leaves)
        {
            var times = Boundaries.GetValue(leaf.AtomicReader.CoreCacheKey, _ => TimesIn(leaf.AtomicReader));
            var at = Array.BinarySearch(times, now.UtcTicks);
            var index0 = at >= 0 ? at : ~at - 1;
            if (index0 >= 0) latest = Math.Max(latest, times[index0]);
        }
        return new DateTimeOffset(latest, TimeSpan.Zero);
    }

    /// <summary>Every distinct publish and unpublish time of a segment, sorted, from the full-precision numeric terms.</summary>
    private static long[] TimesIn(AtomicReader segment)
    {
        var times = new List<long>();
        foreach (var field in new[] { F.PublishAt, F.UnpublishAt })
        {
            var terms = segment.GetTerms(field);
            if (terms is null) continue;
            var en = NumericUtils.FilterPrefixCodedInt64s(terms.GetEnumerator());
            while (en.MoveNext()) times.Add(NumericUtils.PrefixCodedToInt64(en.Term));
        }
        times.Sort();
        return [.. times.Distinct()];
    }
}
