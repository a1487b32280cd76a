using Intranet.Core.Data;
using Intranet.Core.Notifications;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Newsletter.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Events;

/// <summary>
/// Sign-up with capacity and a waiting list. A seat is taken by one conditional UPDATE
/// (<c>Taken = Taken + 1 WHERE Taken &lt; Capacity</c>), which the database runs one at a time per row on SQLite
/// and PostgreSQL alike: of two sign-ups for the last seat exactly one gets it, the other joins the waiting list.
/// A cancelled seat goes to the oldest waiting person (again claimed by conditional updates).
/// </summary>
public sealed class SeatAllocator(IntranetDbContext db, IClock clock, INotificationSender notifications)
{
    private DbSet<EventSignup> Signups => db.Set<EventSignup>();
    private DbSet<EventDetails> Details => db.Set<EventDetails>();

    public async Task<SignupStatus> SignUpAsync(int articleId, string userId, string name, CancellationToken ct = default)
    {
        var details = await Details.AsNoTracking().FirstOrDefaultAsync(d => d.ArticleId == articleId, ct)
                      ?? throw ValidationFailedException.For("signup", "Dette arrangementet har ikke påmelding.");
        if (!details.SignupOpen || details.EndsAt < clock.UtcNow)
            throw ValidationFailedException.For("signup", "Påmeldingen er stengt.");
        if (await StatusAsync(articleId, userId, ct) is { } existing) return existing;
        var seat = await TakeSeatAsync(articleId, ct);
        Signups.Add(new EventSignup { ArticleId = articleId, UserId = userId, Name = name, SignedUpAt = clock.UtcNow, Status = seat ? SignupStatus.Confirmed : SignupStatus.Waiting });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // The same person signed up twice at once: the first row stands, the seat goes back.
            db.ChangeTracker.Clear();
            if (seat) await ReleaseSeatAsync(articleId, ct);
            return await StatusAsync(articleId, userId, ct) ?? SignupStatus.Waiting;
        }
        if (!seat) await FillFreeSeatsAsync(articleId, ct);
        return await StatusAsync(articleId, userId, ct) ?? SignupStatus.Waiting;
    }

    public async Task CancelAsync(int articleId, string userId, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var row = await Signups.AsNoTracking().FirstOrDefaultAsync(s => s.ArticleId == articleId && s.UserId == userId, ct);
            if (row is null) return;
            // Deleted only in the state we saw, so a promotion in between is not lost.
            var deleted = await Signups.Where(s => s.Id == row.Id && s.Status == row.Status).ExecuteDeleteAsync(ct);
            if (deleted == 0) continue;
            if (row.Status == SignupStatus.Confirmed)
            {
                await ReleaseSeatAsync(articleId, ct);
                await FillFreeSeatsAsync(articleId, ct);
            }
            return;
        }
    }

    public Task<SignupStatus?> StatusAsync(int articleId, string userId, CancellationToken ct = default) =>
        Signups.Where(s => s.ArticleId == articleId && s.UserId == userId).Select(s => (SignupStatus?)s.Status).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Moves the oldest waiting people up while seats are free, then tells them all in one batch: after a cancellation,
    /// and after the organiser raises the capacity (or removes it).
    /// </summary>
    public async Task FillFreeSeatsAsync(int articleId, CancellationToken ct)
    {
        var promoted = new List<EventSignup>();
        while (true)
        {
            var next = await Signups.AsNoTracking().Where(s => s.ArticleId == articleId && s.Status == SignupStatus.Waiting)
                .OrderBy(s => s.SignedUpAt).ThenBy(s => s.Id).FirstOrDefaultAsync(ct);
            if (next is null || !await TakeSeatAsync(articleId, ct)) break;
            var claimed = await Signups.Where(s => s.Id == next.Id && s.Status == SignupStatus.Waiting)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignupStatus.Confirmed), ct);
            if (claimed == 0) { await ReleaseSeatAsync(articleId, ct); continue; }
            promoted.Add(next);
        }
        if (promoted.Count > 0) await NotifyPromotedAsync(articleId, promoted, ct);
    }

    private async Task NotifyPromotedAsync(int articleId, List<EventSignup> promoted, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.Title, a.Url }).FirstAsync(ct);
        var title = EventNotifications.SeatGiven.Fill(article.Title);
        await notifications.SendManyAsync(promoted.Select(s => new Notice(s.UserId, title, article.Url, $"event:{articleId}:seat:{s.Id}")).ToList(), ct);
    }

    private async Task<bool> TakeSeatAsync(int articleId, CancellationToken ct) =>
        await Details.Where(d => d.ArticleId == articleId && (d.Capacity == null || d.Taken < d.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Taken, d => d.Taken + 1), ct) == 1;

    private Task ReleaseSeatAsync(int articleId, CancellationToken ct) =>
        Details.Where(d => d.ArticleId == articleId && d.Taken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Taken, d => d.Taken - 1), ct);
}
