using Intranet.Core.Data;
using Intranet.Core.Notifications;
using Intranet.Core.Time;
using Intranet.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Notifications.Services;

/// <summary>Stores the notification at once (its own save), skipping one the user already has for the same key.</summary>
internal sealed class NotificationSender(IntranetDbContext db, IClock clock, BulkNotificationWriter bulk) : INotificationSender
{
    public async Task SendAsync(string userId, string title, string url, string dedupKey, CancellationToken ct = default)
    {
        var key = Shorten(dedupKey, 200);
        var notifications = db.Set<Notification>();
        if (notifications.Local.Any(n => n.UserId == userId && n.DedupKey == key)
            || await notifications.AnyAsync(n => n.UserId == userId && n.DedupKey == key, ct)) return;
        notifications.Add(ToRow(new Notice(userId, title, url, key), clock.UtcNow));
        await db.SaveChangesAsync(ct);
    }

    public Task<int> SendManyAsync(IReadOnlyCollection<Notice> notices, CancellationToken ct = default) =>
        bulk.WriteAsync(notices.Select(n => n with { DedupKey = Shorten(n.DedupKey, 200) }).DistinctBy(n => (n.UserId, n.DedupKey)).ToList(), ct);

    internal static Notification ToRow(Notice notice, DateTimeOffset now) => new()
    {
        UserId = notice.UserId,
        Title = Shorten(notice.Title, 300),
        Url = notice.Url,
        DedupKey = Shorten(notice.DedupKey, 200),
        CreatedAt = now,
    };

    private static string Shorten(string text, int max) => text.Length > max ? text[..max] : text;
}
