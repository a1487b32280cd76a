using Intranet.Core.Data;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Indexing;

/// <summary>
/// Builds a complete index from the database into a fresh generation folder while searches keep using the old
/// one, then swaps it in. The cursor is read before the articles, so changes made during the rebuild are
/// applied again afterwards by the indexer (applying is idempotent).
/// </summary>
public sealed class IndexRebuilder(IntranetDbContext db, ArticleDocuments documents, SearchIndex index, Analysis.SearchAnalyzers analyzers,
    IndexStatus status, IClock clock, ILogger<IndexRebuilder> logger)
{
    private const int PageSize = 250;

    /// <returns>False when another rebuild is already running.</returns>
    public async Task<bool> RebuildAsync(CancellationToken ct)
    {
        if (!await status.RebuildLock.WaitAsync(0, ct)) return false;
        status.Rebuilding = true;
        try
        {
            var folder = index.Generations.CreateNew();
            await BuildIntoAsync(folder, ct);
            await index.SwapAsync(folder, ct);
            status.LastRebuildAt = clock.UtcNow;
            logger.LogInformation("Search index rebuilt: {Count} articles.", status.RebuildDone);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            status.Failed("Gjenoppbyggingen feilet: " + e.Message, clock.UtcNow);
            throw;
        }
        finally
        {
            status.Rebuilding = false;
            status.RebuildLock.Release();
        }
    }

    private async Task BuildIntoAsync(string folder, CancellationToken ct)
    {
        var cursor = await db.ChangeLog.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        status.RebuildTotal = await db.Articles.CountAsync(ct);
        status.RebuildDone = 0;
        using var handle = IndexHandle.Open(folder, analyzers.Index, create: true);
        var lastId = 0;
        while (true)
        {
            var page = await documents.Loadable().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(PageSize).ToListAsync(ct);
            if (page.Count == 0) break;
            foreach (var article in page) handle.Writer.AddDocument(await documents.BuildAsync(article, ct));
            lastId = page[^1].Id;
            status.RebuildDone += page.Count;
            db.ChangeTracker.Clear();
        }
        handle.Commit(cursor);
    }
}
