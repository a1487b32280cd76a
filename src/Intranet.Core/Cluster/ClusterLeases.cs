using Intranet.Core.Data;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Cluster;

/// <summary>
/// Atomic lease operations on <see cref="ClusterLease"/>: one conditional UPDATE
/// (<c>WHERE name = @n AND (expires_at &lt; now OR holder = me)</c>) decides who holds a lease, so two nodes
/// can never both succeed. Works the same on SQLite and PostgreSQL. Node clocks must agree to well within the
/// lease duration (NTP).
/// </summary>
public sealed class ClusterLeases(IntranetDbContext db, NodeIdentity node, IClock clock)
{
    /// <summary>Takes the lease if it is free or expired, or extends it if this node holds it.</summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var until = now + duration;
        var me = node.Id;
        var updated = await db.Set<ClusterLease>()
            .Where(l => l.Name == name && (l.ExpiresAt < now || l.Holder == me))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresAt, until), ct);
        return updated == 1 || await TryCreateAsync(name, until, ct);
    }

    /// <summary>Lets the lease go at once (graceful shutdown), so another node need not wait for expiry.</summary>
    public Task ReleaseAsync(string name, CancellationToken ct = default)
    {
        var past = clock.UtcNow.AddYears(-1);
        var me = node.Id;
        return db.Set<ClusterLease>().Where(l => l.Name == name && l.Holder == me)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, past), ct);
    }

    /// <summary>The last completed slot, read by the holder before it decides whether a run is due.</summary>
    public Task<long> LastRunSlotAsync(string name, CancellationToken ct = default) =>
        db.Set<ClusterLease>().Where(l => l.Name == name).Select(l => l.LastRunSlot).FirstOrDefaultAsync(ct);

    /// <summary>Records a completed run; only while this node still holds the lease (a fencing check).</summary>
    public async Task<bool> RecordRunAsync(string name, long slot, CancellationToken ct = default)
    {
        var me = node.Id;
        return await db.Set<ClusterLease>().Where(l => l.Name == name && l.Holder == me)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastRunSlot, slot), ct) == 1;
    }

    private async Task<bool> TryCreateAsync(string name, DateTimeOffset until, CancellationToken ct)
    {
        if (await db.Set<ClusterLease>().AnyAsync(l => l.Name == name, ct)) return false;
        db.Set<ClusterLease>().Add(new ClusterLease { Name = name, Holder = node.Id, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the row first: it holds the lease.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
