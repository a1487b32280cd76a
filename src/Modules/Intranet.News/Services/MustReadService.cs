using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Notifications;
using Intranet.Core.Time;
using Intranet.News.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Services;

/// <summary>
/// Confirmations of must-read news and reminders. Nothing is recorded about reading except a confirmation
/// the reader gives on a must-read item (arbeidsmiljøloven ch. 9: recording reading is a control measure).
/// </summary>
public sealed class MustReadService(IntranetDbContext db, IClock clock, NewsReader reader, UnitScope units, IAuditLog audit,
    INotificationSender notifications)
{
    public async Task<bool> ConfirmAsync(ReaderContext readerContext, int articleId, CancellationToken ct = default)
    {
        var userId = readerContext.UserId ?? throw new InvalidOperationException("Bare innloggede kan bekrefte.");
        var readable = await reader.Visible(readerContext, clock.UtcNow).AnyAsync(a => a.Id == articleId, ct);
        var mustRead = await db.Set<NewsItem>().AnyAsync(n => n.ArticleId == articleId && n.MustRead, ct);
        if (!readable || !mustRead || !await AsksAsync(readerContext, articleId, ct)) return false;
        if (await HasConfirmedAsync(articleId, userId, ct)) return true;
        db.Add(new ReadConfirmation { ArticleId = articleId, UserId = userId, ConfirmedAt = clock.UtcNow });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Whether the item asks this reader to confirm: everyone when it is for the whole municipality, otherwise only
    /// people in a target unit or in a unit under a target sector (the audience the read status counts).
    /// </summary>
    public async Task<bool> AsksAsync(ReaderContext readerContext, int articleId, CancellationToken ct = default)
    {
        var targets = db.Set<NewsTarget>().Where(t => t.ArticleId == articleId);
        if (!await targets.AnyAsync(ct)) return true;
        var scope = await units.ReaderScopeAsync(readerContext.UnitId, ct);
        return await targets.AnyAsync(t => scope.Contains(t.UnitId), ct);
    }

    /// <summary>The articles that ask a reader in <paramref name="readerScope"/> (their unit and its sector) to confirm.</summary>
    public IQueryable<Article> AskingReaderIn(IQueryable<Article> articles, List<int> readerScope)
    {
        var targets = db.Set<NewsTarget>();
        return articles.Where(a => !targets.Any(t => t.ArticleId == a.Id) || targets.Any(t => t.ArticleId == a.Id && readerScope.Contains(t.UnitId)));
    }

    public Task<bool> HasConfirmedAsync(int articleId, string userId, CancellationToken ct = default) =>
        db.Set<ReadConfirmation>().AnyAsync(c => c.ArticleId == articleId && c.UserId == userId, ct);

    /// <summary>Per unit: the employees the item is meant for, and how many of them confirmed.</summary>
    public async Task<List<UnitReadShare>> SharesAsync(int articleId, CancellationToken ct = default)
    {
        var audience = await AudienceAsync(articleId, ct);
        var people = await audience.Select(u => new { u.Id, u.UnitId, u.DisplayName }).ToListAsync(ct);
        var confirmed = (await db.Set<ReadConfirmation>().Where(c => c.ArticleId == articleId).Select(c => c.UserId).ToListAsync(ct)).ToHashSet();
        var unitNames = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var reminders = await db.Set<ReadReminder>().Where(r => r.ArticleId == articleId).GroupBy(r => r.UnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return people.GroupBy(p => p.UnitId).Select(g => new UnitReadShare(
                g.Key,
                g.Key is int id ? unitNames.GetValueOrDefault(id, "?") : "Uten enhet",
                g.Count(),
                g.Count(p => confirmed.Contains(p.Id)),
                g.Where(p => confirmed.Contains(p.Id)).Select(p => p.DisplayName).Order().ToList(),
                reminders.FirstOrDefault(r => r.Key == g.Key)?.Count ?? 0))
            .OrderBy(s => s.UnitName, StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false)).ToList();
    }

    /// <summary>
    /// Reminds the unit's employees who have not confirmed (null: everyone missing) with an in-app notification,
    /// at most one per item, person and day however often communications press the button.
    /// </summary>
    public async Task<int> RemindAsync(int articleId, int? unitId, Actor actor, CancellationToken ct = default)
    {
        var article = await db.Articles.AsNoTracking().FirstAsync(a => a.Id == articleId, ct);
        var audience = await AudienceAsync(articleId, ct);
        if (unitId is int only) audience = audience.Where(u => u.UnitId == only);
        var confirmations = db.Set<ReadConfirmation>().Where(c => c.ArticleId == articleId);
        var missing = await audience.Where(u => !confirmations.Any(c => c.UserId == u.Id)).Select(u => u.Id).ToListAsync(ct);
        var now = clock.UtcNow;
        db.Add(new ReadReminder { ArticleId = articleId, UnitId = unitId, SentAt = now, SentBy = actor.UserName, Recipients = missing.Count });
        audit.Record(actor, "remind", "article", articleId.ToString(), $"påminnelse om å bekrefte lesing til {missing.Count} ansatte");
        await db.SaveChangesAsync(ct);
        var title = NewsNotifications.Reminder.Fill(article.Title);
        await notifications.SendManyAsync(missing.Select(userId => new Notice(userId, title, article.Url,
            $"news:{articleId}:must-read-reminder:{userId}:{now.UtcDateTime:yyyy-MM-dd}")).ToList(), ct);
        return missing.Count;
    }

    /// <summary>At most this many unconfirmed must-read items are listed.</summary>
    public const int MaxPending = 10;

    /// <summary>
    /// Of the must-read items the reader may read (<paramref name="candidates"/>, newest first, from the per-context
    /// cache), those the reader has not confirmed, with whether they were reminded: one query on the confirmations'
    /// key, and one on reminders only when something is pending.
    /// </summary>
    public async Task<List<(Article Article, bool Reminded)>> PendingAsync(ReaderContext readerContext, IReadOnlyList<Article> candidates,
        CancellationToken ct = default)
    {
        if (readerContext.UserId is not string userId || candidates.Count == 0) return [];
        var ids = candidates.Select(a => a.Id).ToList();
        var confirmed = (await db.Set<ReadConfirmation>().Where(c => c.UserId == userId && ids.Contains(c.ArticleId))
            .Select(c => c.ArticleId).ToListAsync(ct)).ToHashSet();
        var pending = candidates.Where(a => !confirmed.Contains(a.Id)).Take(MaxPending).ToList();
        if (pending.Count == 0) return [];
        var pendingIds = pending.Select(a => a.Id).ToList();
        var reminded = await db.Set<ReadReminder>()
            .Where(r => pendingIds.Contains(r.ArticleId) && (r.UnitId == null || r.UnitId == readerContext.UnitId))
            .Select(r => r.ArticleId).Distinct().ToListAsync(ct);
        return pending.Select(a => (a, reminded.Contains(a.Id))).ToList();
    }

    /// <summary>Everyone the item is for: the (expanded) target units, or every employee with a unit when untargeted.</summary>
    public async Task<IQueryable<IntranetUser>> AudienceAsync(int articleId, CancellationToken ct)
    {
        var targets = await db.Set<NewsTarget>().Where(t => t.ArticleId == articleId).Select(t => t.UnitId).ToListAsync(ct);
        var scope = await units.ExpandAsync(targets, ct);
        return scope.Count == 0 ? db.Users.Where(u => u.UnitId != null) : db.Users.Where(u => u.UnitId != null && scope.Contains(u.UnitId.Value));
    }
}
