using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Search;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Search.Indexing;

/// <summary>
/// Builds a complete index from the database into a fresh generation folder while searches keep using the old
/// one, then swaps it in. The cursor is read before the articles, so changes made during the rebuild are
/// applied again afterwards by the indexer (applying is idempotent). Pages of articles are read without tracking
/// while the previous page is analysed on every core into one writer with a large buffer and a single commit.
/// </summary>
public sealed class IndexRebuilder(IntranetDbContext db, ArticleDocuments documents, SearchIndex index, Analysis.SearchAnalyzers analyzers,
    IndexStatus status, IClock clock, IOptions<RebuildOptions> options, ILogger<IndexRebuilder> logger)
{
    private static readonly int Workers = Math.Max(1, Environment.ProcessorCount);

    /// <param name="waitForRunning">Wait for a rebuild already running (the CLI) instead of giving up (the admin button).</param>
    /// <returns>False when another rebuild is already running and <paramref name="waitForRunning"/> is false.</returns>
    public async Task<bool> RebuildAsync(CancellationToken ct, bool waitForRunning = false)
    {
        if (!await status.RebuildLock.WaitAsync(waitForRunning ? Timeout.Infinite : 0, ct)) return false;
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
        using var handle = IndexHandle.Open(folder, analyzers.Index, create: true, options.Value.RamBufferMb, bulk: true);
        var pages = new ArticlePages(db);
        var page = await LoadPageAsync(pages, 0, ct);
        while (page.Count > 0)
        {
            var extras = await ExtraFieldsAsync(page, ct);
            // Read the next page on another thread while this one is analysed and written (the database provider may
            // read synchronously, so a plain async call would not overlap); the context is used by that read only.
            var afterId = page[^1].Id;
            var next = Task.Run(() => LoadPageAsync(pages, afterId, ct), ct);
            var current = page;
            Parallel.For(0, current.Count, new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = ct },
                i => handle.Writer.AddDocument(documents.Build(current[i], extras?[i] ?? [])));
            status.RebuildDone += current.Count;
            page = await next;
            if (page.Count > 0 && options.Value.PauseBetweenPages > TimeSpan.Zero) await Task.Delay(options.Value.PauseBetweenPages, ct);
        }
        handle.Commit(cursor);
    }

    private Task<List<Article>> LoadPageAsync(ArticlePages pages, int afterId, CancellationToken ct) =>
        pages.NextAsync(afterId, Math.Max(1, options.Value.PageSize), ct);

    /// <summary>The modules' extra fields, asked for one article at a time before the parallel part (contributors may use the database).</summary>
    private async Task<IReadOnlyList<ArticleIndexField>[]?> ExtraFieldsAsync(List<Article> page, CancellationToken ct)
    {
        if (!documents.HasContributors) return null;
        var extras = new IReadOnlyList<ArticleIndexField>[page.Count];
        for (var i = 0; i < page.Count; i++) extras[i] = await documents.ExtraFieldsAsync(page[i], ct);
        return extras;
    }
}
