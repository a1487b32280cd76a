using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.News.Models;
using Intranet.News.Services;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Services;

/// <summary>
/// What goes into one person's digest: live articles they may read, published after <c>since</c> — must-read
/// news not yet confirmed, the corner, news (their unit's and sector's first), featured stories — about <see cref="MaxItems"/> in all.
/// With <paramref name="onlyForced"/> (a user who chose "off" while communications force must-read and corner)
/// only those two parts are included.
/// </summary>
public sealed class DigestComposer(IntranetDbContext db, UnitScope units)
{
    public const int MaxItems = 10;

    public async Task<List<DigestItem>> ComposeAsync(ReaderContext reader, DateTimeOffset since, DateTimeOffset now, bool onlyForced, CancellationToken ct = default)
    {
        var fresh = Fresh(reader, since, now);
        var news = db.Set<NewsItem>();
        var confirmed = db.Set<ReadConfirmation>().Where(c => c.UserId == reader.UserId);
        // A must-read item the person already confirmed is not news to them.
        var mustRead = await Take(fresh.Where(a => a.Kind == ArticleKinds.News && news.Any(n => n.ArticleId == a.Id && n.MustRead)
            && !confirmed.Any(c => c.ArticleId == a.Id)).Latest(), DigestSection.MustRead, MaxItems, ct);
        var corner = await Take(fresh.Where(a => a.Kind == ArticleKinds.Corner).Latest(), DigestSection.Corner, MaxItems, ct);
        var items = mustRead.Concat(corner).Take(MaxItems).ToList();
        if (onlyForced) return items;
        var remaining = MaxItems - items.Count;
        if (remaining <= 0) return items;
        var stories = await FeaturedStoriesAsync(fresh, remaining, ct);
        var newsItems = await NewsAsync(fresh, reader, remaining, ct);
        var storyQuota = Math.Min(stories.Count, Math.Max(1, remaining / 3));
        var newsTaken = newsItems.Take(remaining - storyQuota).ToList();
        items.AddRange(newsTaken);
        items.AddRange(stories.Take(remaining - newsTaken.Count));
        return items;
    }

    /// <summary>Live, readable, and gone live after <paramref name="since"/> (a scheduled item counts from its publish time).</summary>
    private IQueryable<Article> Fresh(ReaderContext reader, DateTimeOffset since, DateTimeOffset now) =>
        db.Articles.AsNoTracking().Live(now).VisibleTo(reader, now)
            .Where(a => (a.PublishAt != null && a.PublishAt > a.PublishedAt ? a.PublishAt : a.PublishedAt) > since);

    private async Task<List<DigestItem>> NewsAsync(IQueryable<Article> fresh, ReaderContext reader, int take, CancellationToken ct)
    {
        var scope = await units.ReaderScopeAsync(reader.UnitId, ct);
        var news = db.Set<NewsItem>();
        var targets = db.Set<NewsTarget>();
        var query = fresh.Where(a => a.Kind == ArticleKinds.News && !news.Any(n => n.ArticleId == a.Id && n.MustRead))
            .OrderByDescending(a => targets.Any(t => t.ArticleId == a.Id && scope.Contains(t.UnitId))
                                    || (a.UnitId != null && scope.Contains(a.UnitId.Value)))
            .ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);
        return await Take(query, DigestSection.News, take, ct);
    }

    private Task<List<DigestItem>> FeaturedStoriesAsync(IQueryable<Article> fresh, int take, CancellationToken ct)
    {
        var details = db.Set<StoryDetails>();
        return Take(fresh.Where(a => a.Kind == ArticleKinds.Story && details.Any(d => d.ArticleId == a.Id && d.Featured)).Latest(), DigestSection.Stories, take, ct);
    }

    private static async Task<List<DigestItem>> Take(IOrderedQueryable<Article> query, DigestSection section, int take, CancellationToken ct)
    {
        var rows = await query.Take(take).Select(a => new { a.Id, a.Kind, a.Slug, a.Title, a.Summary, a.PublishedAt }).ToListAsync(ct);
        return rows.Select(a => new DigestItem(section, a.Id, a.Title, a.Summary, ArticleKinds.Url(a.Kind, a.Slug), a.PublishedAt)).ToList();
    }
}
