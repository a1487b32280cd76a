using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Intranet.Search.Indexing;

/// <summary>One open index generation: its folder, writer and near-real-time searcher manager.</summary>
public sealed class IndexHandle : IDisposable
{
    public const string CursorKey = "cursor";
    public const string SchemaKey = "schema";
    /// <summary>
    /// Raise when the document fields change, so an older index is rebuilt (2: reader-unit restriction; 3: body offsets
    /// in the postings instead of term vectors; 4: compound parts once per word and stem, LatinWordTokenizer).
    /// </summary>
    public const string SchemaVersion = "4";

    private IndexHandle(string folder, FSDirectory directory, IndexWriter writer)
    {
        Folder = folder;
        Directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public string Folder { get; }
    public FSDirectory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }

    /// <summary>Opens (or, with create, starts empty) the index in a folder. Throws when it is unreadable.</summary>
    /// <param name="bulk">A rebuild: flushed segments are written as plain files, not copied again into a compound file.</param>
    public static IndexHandle Open(string folder, Lucene.Net.Analysis.Analyzer analyzer, bool create, double ramBufferMb = 16, bool bulk = false)
    {
        var directory = FSDirectory.Open(folder);
        try
        {
            if (!create && !DirectoryReader.IndexExists(directory))
                throw new IndexNotFoundException($"No index in {folder}");
            var config = new IndexWriterConfig(Analysis.NorwegianTextAnalyzer.Version, analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                RAMBufferSizeMB = ramBufferMb,
                UseCompoundFile = !bulk,
            };
            var writer = new IndexWriter(directory, config);
            if (create) writer.Commit();
            var handle = new IndexHandle(folder, directory, writer);
            handle.Verify();
            return handle;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>The change-log id this index has applied, from the last commit's user data.</summary>
    public long ReadCursor()
    {
        using var reader = DirectoryReader.Open(Directory);
        return reader.IndexCommit.UserData.TryGetValue(CursorKey, out var value) && long.TryParse(value, out var cursor) ? cursor : 0;
    }

    /// <summary>False for an index written with older document fields: it must be rebuilt to be searched correctly.</summary>
    public bool HasCurrentSchema()
    {
        using var reader = DirectoryReader.Open(Directory);
        return reader.IndexCommit.UserData.TryGetValue(SchemaKey, out var value) && value == SchemaVersion;
    }

    public void Commit(long cursor)
    {
        Writer.SetCommitData(new Dictionary<string, string> { [CursorKey] = cursor.ToString(), [SchemaKey] = SchemaVersion });
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    /// <summary>Reads every segment's first stored document and terms, so a damaged index fails here, at start.</summary>
    private void Verify()
    {
        var searcher = Searchers.Acquire();
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                if (reader.MaxDoc > 0) reader.Document(0);
                _ = reader.Fields?.GetTerms(IndexFields.Id)?.GetEnumerator().MoveNext();
            }
        }
        finally { Searchers.Release(searcher); }
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }
}
