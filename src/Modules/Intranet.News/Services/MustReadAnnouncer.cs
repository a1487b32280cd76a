using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Notifications;
using Intranet.Core.Time;
using Intranet.News.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Services;

/// <summary>
/// "Ny viktig nyhet" in the bell: everyone a live must-read item is meant for gets one notification about it.
/// The editor announces at once when it saves a live item; <see cref="MustReadAnnouncementJob"/> announces
/// scheduled items when their publish time comes. The dedup key (one per item) makes repeats harmless.
/// </summary>
public sealed class MustReadAnnouncer(IntranetDbContext db, IClock clock, MustReadService mustRead, INotificationSender notifications)
{
    /// <summary>Internal state: scheduled items with a publish time up to this (UTC ticks) have been announced.</summary>
    public const string AnnouncedThroughKey = StateKeys.Prefix + "news.must-read-announced-through";

    /// <returns>How many people the item is for (0 when it is not a live must-read item).</returns>
    public async Task<int> AnnounceAsync(int articleId, CancellationToken ct = default)
    {
        var article = await db.Articles.AsNoTracking().Live(clock.UtcNow)
            .FirstOrDefaultAsync(a => a.Id == articleId && a.Kind == ArticleKinds.News, ct);
        if (article is null || !await db.Set<NewsItem>().AnyAsync(n => n.ArticleId == articleId && n.MustRead, ct)) return 0;
        var audience = await mustRead.AudienceAsync(articleId, ct);
        var recipients = await audience.Where(u => u.Id != article.AuthorId).Select(u => u.Id).ToListAsync(ct);
        var title = NewsNotifications.MustRead.Fill(article.Title);
        await notifications.SendManyAsync(recipients.Select(id => new Notice(id, title, article.Url, $"news:{articleId}:must-read")).ToList(), ct);
        return recipients.Count;
    }

    /// <summary>Announces must-read items whose scheduled publish time passed since the last run.</summary>
    public async Task AnnounceDueAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var cursor = await db.Settings.FirstOrDefaultAsync(s => s.Key == AnnouncedThroughKey, ct);
        if (cursor is null)
        {
            // First run: items published before now were announced by the editor (or predate this feature).
            db.Settings.Add(new Setting { Key = AnnouncedThroughKey, Value = now.UtcTicks.ToString() });
            await db.SaveChangesAsync(ct);
            return;
        }
        var since = new DateTimeOffset(long.Parse(cursor.Value), TimeSpan.Zero);
        var items = db.Set<NewsItem>();
        var due = await db.Articles.AsNoTracking().Live(now)
            .Where(a => a.Kind == ArticleKinds.News && a.PublishAt != null && a.PublishAt > since && a.PublishAt <= now)
            .Where(a => items.Any(n => n.ArticleId == a.Id && n.MustRead))
            .Select(a => a.Id).ToListAsync(ct);
        foreach (var id in due) await AnnounceAsync(id, ct);
        cursor.Value = now.UtcTicks.ToString();
        await db.SaveChangesAsync(ct);
    }
}
