using Intranet.Core.Data;
using Intranet.Core.Notifications;
using Intranet.Core.Time;
using Intranet.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Notifications.Services;

/// <summary>Stores the notification at once (its own save), skipping one the user already has for the same key.</summary>
internal sealed class NotificationSender(IntranetDbContext db, IClock clock) : INotificationSender
{
    public async Task SendAsync(string userId, string title, string url, string dedupKey, CancellationToken ct = default)
    {
        var key = dedupKey.Length > 200 ? dedupKey[..200] : dedupKey;
        var notifications = db.Set<Notification>();
        if (notifications.Local.Any(n => n.UserId == userId && n.DedupKey == key)
            || await notifications.AnyAsync(n => n.UserId == userId && n.DedupKey == key, ct)) return;
        notifications.Add(new Notification
        {
            UserId = userId,
            Title = title.Length > 300 ? title[..300] : title,
            Url = url,
            DedupKey = key,
            CreatedAt = clock.UtcNow,
        });
        await db.SaveChangesAsync(ct);
    }
}
