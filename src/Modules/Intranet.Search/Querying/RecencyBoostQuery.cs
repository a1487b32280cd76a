using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Intranet.Search.Querying;

/// <summary>
/// Multiplies relevance by up to 1.1 for new articles, fading over about a year, so at equal relevance the
/// newer article ranks higher without old but better matches being buried.
/// </summary>
public sealed class RecencyBoostQuery(Query inner, DateTimeOffset now) : CustomScoreQuery(inner)
{
    private const double MaxBoost = 0.1;
    private const double HalfLifeDays = 365;

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) =>
        new Provider(context, now.UtcTicks);

    private sealed class Provider(AtomicReaderContext context, long nowTicks) : CustomScoreProvider(context)
    {
        private readonly NumericDocValues? _dates = context.AtomicReader.GetNumericDocValues(Indexing.IndexFields.DateDv);

        public override float CustomScore(int doc, float subQueryScore, float[] valSrcScores) =>
            subQueryScore * Boost(doc);

        public override float CustomScore(int doc, float subQueryScore, float valSrcScore) =>
            subQueryScore * Boost(doc);

        private float Boost(int doc)
        {
            if (_dates is null) return 1f;
            var ageDays = Math.Max(0, TimeSpan.FromTicks(nowTicks - _dates.Get(doc)).TotalDays);
            return (float)(1 + MaxBoost * HalfLifeDays / (HalfLifeDays + ageDays));
        }
    }
}
