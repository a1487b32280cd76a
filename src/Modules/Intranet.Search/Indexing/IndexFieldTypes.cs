using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Intranet.Search.Indexing;

/// <summary>Field types beyond Lucene's stock ones.</summary>
public static class IndexFieldTypes
{
    /// <summary>
    /// The body: stored for snippets, with term vectors (positions and offsets) so the highlighter reads where the
    /// query's words are instead of analysing the whole body again for every hit shown.
    /// </summary>
    public static readonly FieldType Body = Freeze(new FieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
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
