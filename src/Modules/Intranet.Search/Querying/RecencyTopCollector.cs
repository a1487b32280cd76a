using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Intranet.Search.Querying;

/// <summary>
/// The top hits by relevance times a recency factor: up to 1.1 for new articles, fading over about a year, so at
/// equal relevance the newer article ranks higher without old but better matches being buried. Applying the factor
/// here, from the segment's cached dates, instead of wrapping the query (CustomScoreQuery) lets Lucene score the
/// query in its fast out-of-order bulk mode; that wrapper cost more than the whole rest of a broad search.
/// </summary>
public sealed class RecencyTopCollector : TopDocsCollector<ScoreDoc>
{
    private const double MaxBoost = 0.1;
    private const double HalfLifeDays = 365;
    private readonly long _nowTicks;
    private ScoreDoc _weakest;
    private Scorer? _scorer;
    private long[] _dates = [];
    private int _docBase;

    public RecencyTopCollector(int size, DateTimeOffset now) : base(new ScoreQueue(size))
    {
        _weakest = m_pq.Top;
        _nowTicks = now.UtcTicks;
    }

    public static float Factor(long nowTicks, long dateTicks)
    {
        var ageDays = Math.Max(0, (nowTicks - dateTicks) / (double)TimeSpan.TicksPerDay);
        return (float)(1 + MaxBoost * HalfLifeDays / (HalfLifeDays + ageDays));
    }

    public override bool AcceptsDocsOutOfOrder => true;

    public override void SetScorer(Scorer scorer) => _scorer = scorer;

    public override void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _dates = SegmentValues.Of(context.AtomicReader).Dates;
    }

    public override void Collect(int doc)
    {
        var score = _scorer!.GetScore() * ((uint)doc < (uint)_dates.Length ? Factor(_nowTicks, _dates[doc]) : 1f);
        m_totalHits++;
        if (score < _weakest.Score) return;
        doc += _docBase;
        // Out of order: on a tie the lower document wins, as in Lucene's own collector.
        if (score == _weakest.Score && doc > _weakest.Doc) return;
        _weakest.Doc = doc;
        _weakest.Score = score;
        _weakest = m_pq.UpdateTop();
    }

    protected override TopDocs NewTopDocs(ScoreDoc[]? results, int start)
    {
        if (results is null) return new TopDocs(m_totalHits, [], float.NaN);
        if (start == 0) return new TopDocs(m_totalHits, results, results.Length > 0 ? results[0].Score : float.NaN);
        for (var i = m_pq.Count; i > 1; i--) m_pq.Pop();
        return new TopDocs(m_totalHits, results, m_pq.Pop().Score);
    }

    /// <summary>Lowest score first, then highest document; pre-filled with sentinels every real hit beats.</summary>
    private sealed class ScoreQueue(int size) : Lucene.Net.Util.PriorityQueue<ScoreDoc>(size, Sentinels.Instance)
    {
        protected override bool LessThan(ScoreDoc a, ScoreDoc b) =>
            a.Score == b.Score ? a.Doc > b.Doc : a.Score < b.Score;
    }

    private sealed class Sentinels : Lucene.Net.Util.ISentinelFactory<ScoreDoc>
    {
        public static readonly Sentinels Instance = new();

        public ScoreDoc Create() => new(int.MaxValue, float.NegativeInfinity);
    }
}
