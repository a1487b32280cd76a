using Intranet.Core.Search;
using Intranet.Core.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Indexing;

/// <summary>
/// Keeps this node's index in step with the change log: rebuilds at start when the index was missing or damaged,
/// then polls every 200 ms, or at once when a local change nudges it.
/// </summary>
public sealed class IndexingService(IServiceScopeFactory scopes, SearchIndex index, IndexStatus status, ChangeLogSignal signal,
    IClock clock, ILogger<IndexingService> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan FollowUp = TimeSpan.FromMilliseconds(40);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        index.EnsureOpen();
        if (status.NeedsRebuild) await RunSafelyAsync(RebuildAsync, stoppingToken);
        var wait = Poll;
        while (!stoppingToken.IsCancellationRequested)
        {
            var applied = await RunSafelyAsync(ApplyAsync, stoppingToken);
            // A nudge comes before the writer's commit; look again shortly after it.
            var nudged = await signal.WaitAsync(applied > 0 ? FollowUp : wait, stoppingToken).ConfigureAwait(false);
            wait = nudged ? FollowUp : Poll;
            if (nudged) await Task.Delay(FollowUp, stoppingToken);
        }
    }

    private async Task<int> ApplyAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var applied = await scope.ServiceProvider.GetRequiredService<ChangeLogIndexer>().ApplyPendingAsync(ct);
        if (applied > 0) status.LastAppliedAt = clock.UtcNow;
        return applied;
    }

    private async Task<int> RebuildAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IndexRebuilder>().RebuildAsync(ct);
        return 0;
    }

    private async Task<int> RunSafelyAsync(Func<CancellationToken, Task<int>> work, CancellationToken ct)
    {
        try { return await work(ct); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { return 0; }
        catch (Exception e)
        {
            logger.LogError(e, "Search indexing failed; retrying.");
            status.Failed(e.Message, clock.UtcNow);
            await Task.Delay(TimeSpan.FromSeconds(1), ct).ContinueWith(_ => { });
            return 0;
        }
    }
}
