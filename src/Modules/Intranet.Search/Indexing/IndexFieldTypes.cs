using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Intranet.Search.Indexing;

/// <summary>Field types beyond Lucene's stock ones.</summary>
public static class IndexFieldTypes
{
    /// <summary>
    /// The body's words, with each occurrence's character offsets kept in the postings: the highlighter reads where
    /// the query's words are from there (<see cref="Querying.BodyHighlighter"/>). Term vectors would store the same
    /// again per document and cost about as much to index as the body itself. The text is stored separately.
    /// </summary>
    public static readonly FieldType Body = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>The unstemmed vocabulary for "Mente du …?": only which documents hold a word is needed.</summary>
    public static readonly FieldType Vocabulary = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
