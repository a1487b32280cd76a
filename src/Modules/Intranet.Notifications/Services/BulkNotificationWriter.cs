using Intranet.Core.Data;
using Intranet.Core.Notifications;
using Intranet.Core.Time;
using Intranet.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Notifications.Services;

/// <summary>
/// Writes notifications for many people in chunks: one query finds who already has the key, then one
/// SaveChanges inserts the rest (batched into few commands on PostgreSQL; one transaction on SQLite).
/// </summary>
internal sealed class BulkNotificationWriter(IntranetDbContext db, IClock clock)
{
    /// <summary>Bounded so the IN lists stay well under every provider's parameter limit.</summary>
    public const int ChunkSize = 500;

    public async Task<int> WriteAsync(IReadOnlyList<Notice> notices, CancellationToken ct)
    {
        var written = 0;
        foreach (var chunk in notices.Chunk(ChunkSize))
            written += await WriteChunkAsync(chunk, ct);
        return written;
    }

    private async Task<int> WriteChunkAsync(Notice[] chunk, CancellationToken ct)
    {
        var fresh = await WithoutExistingAsync(chunk, ct);
        if (fresh.Count == 0) return 0;
        var now = clock.UtcNow;
        var rows = fresh.Select(n => NotificationSender.ToRow(n, now)).ToList();
        db.Set<Notification>().AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
            return rows.Count;
        }
        catch (DbUpdateException)
        {
            // Another node sent some of these at the same moment (the unique key refused them): retry what is left.
            foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
            return await RetryAfterRaceAsync(fresh, ct);
        }
        finally
        {
            foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
        }
    }

    private async Task<int> RetryAfterRaceAsync(List<Notice> notices, CancellationToken ct)
    {
        var fresh = await WithoutExistingAsync(notices, ct);
        var rows = fresh.Select(n => NotificationSender.ToRow(n, clock.UtcNow)).ToList();
        db.Set<Notification>().AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    private async Task<List<Notice>> WithoutExistingAsync(IReadOnlyCollection<Notice> notices, CancellationToken ct)
    {
        var userIds = notices.Select(n => n.UserId).Distinct().ToList();
        var keys = notices.Select(n => n.DedupKey).Distinct().ToList();
        var existing = (await db.Set<Notification>().AsNoTracking()
                .Where(n => userIds.Contains(n.UserId) && keys.Contains(n.DedupKey))
                .Select(n => new { n.UserId, n.DedupKey }).ToListAsync(ct))
            .Select(n => (n.UserId, n.DedupKey)).ToHashSet();
        return notices.Where(n => !existing.Contains((n.UserId, n.DedupKey))).ToList();
    }
}
