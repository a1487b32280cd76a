using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Notifications.Services;

/// <summary>A user's own notifications: the unread count for the bell, the list, marking as read.</summary>
public sealed class NotificationInbox(IntranetDbContext db, IClock clock)
{
    public const int ListSize = 100;

    public Task<int> UnreadCountAsync(string userId, CancellationToken ct = default) =>
        db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    public Task<List<Notification>> LatestAsync(string userId, CancellationToken ct = default) =>
        db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(ListSize).ToListAsync(ct);

    /// <summary>Marks one (or, with null, all) of the user's notifications as read; others' are never touched.</summary>
    public async Task MarkReadAsync(string userId, long? id, CancellationToken ct = default)
    {
        var unread = db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null);
        if (id is long one) unread = unread.Where(n => n.Id == one);
        var now = clock.UtcNow;
        foreach (var n in await unread.ToListAsync(ct)) n.ReadAt = now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Removes everything addressed to a user (used when the user is deleted).</summary>
    public Task DeleteForUserAsync(string userId, CancellationToken ct = default) =>
        db.Set<Notification>().Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
}
