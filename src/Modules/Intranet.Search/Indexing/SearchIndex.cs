using Intranet.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Indexing;

/// <summary>
/// The node's index: opened lazily, written by the indexer, read by searches, swapped whole by a rebuild.
/// A missing or unreadable index is replaced by an empty one flagged for rebuild.
/// </summary>
public sealed class SearchIndex(IndexGenerations generations, SearchAnalyzers analyzers, IndexStatus status, ILogger<SearchIndex> logger) : IDisposable
{
    private readonly object _open = new();
    private readonly ReaderWriterLockSlim _swap = new(LockRecursionPolicy.SupportsRecursion);
    /// <summary>Held for a whole indexing cycle (read the log, write, commit) and for a swap, so they never interleave.</summary>
    public SemaphoreSlim Cycle { get; } = new(1, 1);
    private IndexHandle? _handle;

    public IndexGenerations Generations => generations;

    /// <summary>Change-log rows applied beyond the cursor (belongs to the open generation).</summary>
    public AppliedRows Applied { get; } = new();

    public long Cursor { get; private set; }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var handle = Handle();
        _swap.EnterReadLock();
        try
        {
            handle = _handle!;
            var searcher = handle.Searchers.Acquire();
            try { return search(searcher); }
            finally { handle.Searchers.Release(searcher); }
        }
        finally { _swap.ExitReadLock(); }
    }

    /// <summary>Applies changes and commits them with the new cursor; searches see them right after. Call holding <see cref="Cycle"/>.</summary>
    public void Write(Action<IndexWriter> changes, long cursor)
    {
        var handle = Handle();
        changes(handle.Writer);
        handle.Commit(cursor);
        Cursor = cursor;
    }

    public long EnsureOpen() => Handle().Writer.NumDocs;

    /// <summary>Puts a completely built generation in place of the current one.</summary>
    public async Task SwapAsync(string folder, CancellationToken ct)
    {
        var fresh = IndexHandle.Open(folder, analyzers.Index, create: false);
        await Cycle.WaitAsync(ct);
        try
        {
            _swap.EnterWriteLock();
            IndexHandle? old;
            try
            {
                generations.PointTo(folder);
                old = _handle;
                _handle = fresh;
                Cursor = fresh.ReadCursor();
                Applied.Clear();
            }
            finally { _swap.ExitWriteLock(); }
            old?.Dispose();
            generations.DeleteOthers(folder);
            status.NeedsRebuild = false;
        }
        finally { Cycle.Release(); }
    }

    private IndexHandle Handle()
    {
        if (_handle is not null) return _handle;
        lock (_open)
        {
            if (_handle is not null) return _handle;
            _handle = OpenCurrentOrEmpty();
            Cursor = _handle.ReadCursor();
            return _handle;
        }
    }

    private IndexHandle OpenCurrentOrEmpty()
    {
        var current = generations.Current();
        generations.DeleteOthers(current);
        if (current is not null)
        {
            try { return FlagOldSchema(IndexHandle.Open(current, analyzers.Index, create: false)); }
            // Locked means another process (a running server beside the CLI) owns it: never treat that as damage.
            catch (Lucene.Net.Store.LockObtainFailedException) { throw; }
            catch (Exception e)
            {
                logger.LogWarning(e, "The search index in {Folder} is unreadable; it will be rebuilt from the database.", current);
                status.LastError = "Indeksen var skadet og bygges på nytt: " + e.Message;
            }
        }
        var folder = generations.CreateNew();
        var handle = IndexHandle.Open(folder, analyzers.Index, create: true);
        generations.PointTo(folder);
        generations.DeleteOthers(folder);
        status.NeedsRebuild = true;
        return handle;
    }

    /// <summary>An index with older fields keeps serving until the rebuild swaps in a current one.</summary>
    private IndexHandle FlagOldSchema(IndexHandle handle)
    {
        if (!handle.HasCurrentSchema())
        {
            logger.LogInformation("The search index in {Folder} has older fields; it will be rebuilt.", handle.Folder);
            status.NeedsRebuild = true;
        }
        return handle;
    }

    public void Dispose()
    {
        _handle?.Dispose();
        _handle = null;
    }
}
