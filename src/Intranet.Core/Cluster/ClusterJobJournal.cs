using Intranet.Core.Data;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Cluster;

/// <summary>
/// Writes <see cref="ClusterJobRun"/> rows: one before the work starts (so a run cut off by a dying node stays
/// visible) and its end after. Runs older than <see cref="Retention"/> are deleted as new ones start.
/// </summary>
public sealed class ClusterJobJournal(IntranetDbContext db, NodeIdentity node, IClock clock)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(14);

    public async Task<long> StartAsync(string job, long slot, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var expired = now - Retention;
        await db.Set<ClusterJobRun>().Where(r => r.Job == job && r.StartedAt < expired).ExecuteDeleteAsync(ct);
        var run = new ClusterJobRun { Job = job, Slot = slot, Node = node.Id, StartedAt = now };
        db.Set<ClusterJobRun>().Add(run);
        await db.SaveChangesAsync(ct);
        db.Entry(run).State = EntityState.Detached;
        return run.Id;
    }

    public Task FinishAsync(long runId, string? error, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var message = error is { Length: > 500 } ? error[..500] : error;
        return db.Set<ClusterJobRun>().Where(r => r.Id == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Error, message), ct);
    }

    /// <summary>The runs of one job, oldest first.</summary>
    public Task<List<ClusterJobRun>> RunsAsync(string job, CancellationToken ct = default) =>
        db.Set<ClusterJobRun>().AsNoTracking().Where(r => r.Job == job).OrderBy(r => r.Id).ToListAsync(ct);
}
