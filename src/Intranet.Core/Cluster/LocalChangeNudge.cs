using System.Data.Common;
using System.Runtime.CompilerServices;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Intranet.Core.Cluster;

/// <summary>
/// When this node commits a change-log row, the watcher polls at once, so caches on this node (output cache,
/// memory cache) are evicted before the request that made the change returns — an unpublished page is gone
/// immediately here, and within one poll interval on the other nodes. Inside a transaction it waits for the commit.
/// </summary>
public sealed class LocalChangeNudge(ChangeLogWatcher watcher, ILogger<LocalChangeNudge> log) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && db.ChangeTracker.Entries<ChangeLogEntry>().Any(e => e.State == EntityState.Added))
            _pending.AddOrUpdate(db, Marker);
        return ValueTask.FromResult(result);
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null) await CatchUpAsync(db);
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) await CatchUpAsync(db);
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) _pending.Remove(db);
        return Task.CompletedTask;
    }

    private async Task CatchUpAsync(DbContext db)
    {
        if (!_pending.Remove(db)) return;
        try { await watcher.PollAsync(CancellationToken.None); }
        catch (Exception e) { log.LogWarning(e, "Catching up with the change log after a local change failed; the next poll will"); }
    }
}
