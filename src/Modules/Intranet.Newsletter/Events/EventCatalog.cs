using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Newsletter.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Events;

/// <summary>Events the reader may see (the core read rule), soonest first; past events drop off the lists.</summary>
public sealed class EventCatalog(IntranetDbContext db, IClock clock)
{
    public async Task<List<EventListItem>> UpcomingAsync(ReaderContext reader, int take = 50, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var details = db.Set<EventDetails>();
        var rows = await (from a in Visible(reader, now)
                          join d in details on a.Id equals d.ArticleId into dd
                          from d in dd.DefaultIfEmpty()
                          where d == null || d.EndsAt >= now
                          orderby d == null, d!.StartsAt, a.Id
                          select new { a, d }).Take(take).ToListAsync(ct);
        return rows.Select(r => new EventListItem(r.a, r.d)).ToList();
    }

    public async Task<EventListItem?> BySlugAsync(ReaderContext reader, string slug, CancellationToken ct = default)
    {
        var article = await Visible(reader, clock.UtcNow).Include(a => a.Unit).FirstOrDefaultAsync(a => a.Slug == slug, ct);
        if (article is null) return null;
        return new EventListItem(article, await DetailsAsync(article.Id, ct));
    }

    public Task<EventDetails?> DetailsAsync(int articleId, CancellationToken ct = default) =>
        db.Set<EventDetails>().AsNoTracking().FirstOrDefaultAsync(d => d.ArticleId == articleId, ct);

    public Task<List<EventSignup>> SignupsAsync(int articleId, CancellationToken ct = default) =>
        db.Set<EventSignup>().AsNoTracking().Where(s => s.ArticleId == articleId)
            .OrderBy(s => s.Status).ThenBy(s => s.SignedUpAt).ThenBy(s => s.Id).ToListAsync(ct);

    /// <summary>1-based place on the waiting list, or null when the user is not waiting.</summary>
    public async Task<int?> WaitingPositionAsync(int articleId, string userId, CancellationToken ct = default)
    {
        var waiting = await db.Set<EventSignup>().AsNoTracking().Where(s => s.ArticleId == articleId && s.Status == SignupStatus.Waiting)
            .OrderBy(s => s.SignedUpAt).ThenBy(s => s.Id).Select(s => s.UserId).ToListAsync(ct);
        var index = waiting.IndexOf(userId);
        return index < 0 ? null : index + 1;
    }

    /// <summary>Live events the reader may read (editors do not see drafts in the lists).</summary>
    private IQueryable<Article> Visible(ReaderContext reader, DateTimeOffset now) =>
        db.Articles.AsNoTracking().Live(now).VisibleTo(reader, now).Where(a => a.Kind == ArticleKinds.Event);
}
