using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Querying;

/// <summary>
/// MoreLikeThis settings for a small corpus (tens to a few thousand articles): a word counts even if it occurs once in
/// the article (stories are short), but it must occur in at least one other document (else it can match nothing),
/// and words in more than a third of all documents ("kommune", "ansatte") say nothing about the topic.
/// </summary>
public static class SimilarityQuery
{
    public const int MinTermFreq = 1;
    public const int MinDocFreq = 2;
    public const int MaxDocFreqPercent = 33;
    public const int MinWordLength = 3;
    public const int MaxQueryTerms = 25;

    public static MoreLikeThis For(IndexReader reader, Analyzer analyzer)
    {
        var mlt = new MoreLikeThis(reader)
        {
            // Title and body have no term vectors: MoreLikeThis analyses their stored text with this analyzer, the
            // query analyzer, which makes the same terms as indexing did (CapturedTokens feed the same chain).
            Analyzer = analyzer,
            FieldNames = [F.Title, F.Body],
            MinTermFreq = MinTermFreq,
            MinDocFreq = MinDocFreq,
            MinWordLen = MinWordLength,
            MaxQueryTerms = MaxQueryTerms,
            ApplyBoost = true,
        };
        mlt.SetMaxDocFreqPct(MaxDocFreqPercent);
        return mlt;
    }
}
