using Intranet.Content.Services;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Core.Search;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>Reading stories, always through the one visibility rule (<see cref="ArticleVisibility"/>).</summary>
/// <param name="related">The search module's "more like this"; null when the host runs without search.</param>
public sealed class StoryQueries(IntranetDbContext db, ArticleReader reader, IClock clock, IRelatedArticles? related = null)
{
    public Task<PagedResult<Article>> ListAsync(ReaderContext who, StoryFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var unit = StoryFilter.Clean(filter.Unit) ?? StoryFilter.Clean(filter.Sector);
        return reader.ListAsync(who, new ArticleFilter(ArticleKinds.Story, unit, StoryFilter.Clean(filter.Value)), page, ct);
    }

    public async Task<Article?> BySlugAsync(ReaderContext who, string slug, CancellationToken ct = default)
    {
        var article = await reader.BySlugAsync(who, slug, ct);
        return article?.Kind == ArticleKinds.Story ? article : null;
    }

    public async Task<Article?> ByIdAsync(ReaderContext who, int id, CancellationToken ct = default)
    {
        var article = await reader.ByIdAsync(who, id, ct);
        return article?.Kind == ArticleKinds.Story ? article : null;
    }

    /// <summary>
    /// The stories most like this one in text (search's MoreLikeThis), topped up with live stories sharing a value
    /// when the index has too few (at start-up, or with no search module). Both pass the one visibility rule here again.
    /// </summary>
    public async Task<List<Article>> RelatedAsync(ReaderContext who, Article story, int count = 3, CancellationToken ct = default)
    {
        var similarIds = related is null ? [] : await related.SimilarAsync(story.Id, ArticleKinds.Story, who, count, ct);
        var similar = await LiveVisibleAsync(who, story.Id, similarIds, ct);
        if (similar.Count >= count) return similar;
        var shown = similar.Select(a => a.Id).Append(story.Id).ToList();
        return [.. similar, .. await SharingValuesAsync(who, story, shown, count - similar.Count, ct)];
    }

    private async Task<List<Article>> LiveVisibleAsync(ReaderContext who, int storyId, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var now = clock.UtcNow;
        var found = await db.Articles.AsNoTracking().Live(now).VisibleTo(who, now)
            .Where(a => a.Kind == ArticleKinds.Story && a.Id != storyId && ids.Contains(a.Id)).ToListAsync(ct);
        var rank = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return [.. found.OrderBy(a => rank[a.Id])];
    }

    private async Task<List<Article>> SharingValuesAsync(ReaderContext who, Article story, List<int> shown, int count, CancellationToken ct)
    {
        var values = story.Values.Select(v => v.ValueSlug).ToList();
        if (values.Count == 0) return [];
        var now = clock.UtcNow;
        return await db.Articles.AsNoTracking().Live(now).VisibleTo(who, now)
            .Where(a => a.Kind == ArticleKinds.Story && !shown.Contains(a.Id) && a.Values.Any(v => values.Contains(v.ValueSlug)))
            .OrderByDescending(a => a.Values.Count(v => values.Contains(v.ValueSlug))).ThenByDescending(a => a.PublishedAt)
            .Take(count).ToListAsync(ct);
    }

    public Task<List<Article>> FeaturedAsync(ReaderContext who, int count = 3, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var featured = db.Set<Models.StoryDetails>().Where(d => d.Featured).Select(d => d.ArticleId);
        return db.Articles.AsNoTracking().Live(now).VisibleTo(who, now)
            .Where(a => a.Kind == ArticleKinds.Story && featured.Contains(a.Id))
            .Include(a => a.Values).Include(a => a.Unit)
            .OrderByDescending(a => a.PublishedAt).Take(count).ToListAsync(ct);
    }

    /// <summary>For the home page: featured stories first, topped up with the newest others (public ones for visitors).</summary>
    public async Task<List<Article>> ForHomeAsync(ReaderContext who, int count = 3, CancellationToken ct = default)
    {
        var featured = await FeaturedAsync(who, count, ct);
        if (featured.Count >= count) return featured;
        var now = clock.UtcNow;
        var shown = featured.Select(a => a.Id).ToList();
        var newest = await db.Articles.AsNoTracking().Live(now).VisibleTo(who, now)
            .Where(a => a.Kind == ArticleKinds.Story && !shown.Contains(a.Id))
            .Include(a => a.Values).Include(a => a.Unit)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(count - featured.Count).ToListAsync(ct);
        return [.. featured, .. newest];
    }

    public Task<List<Article>> ByAuthorAsync(string userId, CancellationToken ct = default) =>
        db.Articles.AsNoTracking().Where(a => a.Kind == ArticleKinds.Story && a.AuthorId == userId)
            .Include(a => a.Unit).OrderByDescending(a => a.UpdatedAt).ToListAsync(ct);

    /// <summary>Submitted stories the reviewer may decide on: all for communications staff, their units' for leaders.</summary>
    public Task<List<Article>> InboxAsync(ReaderContext who, CancellationToken ct = default)
    {
        var query = db.Articles.AsNoTracking().Where(a => a.Kind == ArticleKinds.Story && a.Status == ArticleStatus.Submitted);
        if (!who.CanManageContent)
        {
            var led = who.LedUnitIds.ToList();
            query = query.Where(a => a.UnitId != null && led.Contains(a.UnitId.Value) && a.AuthorId != who.UserId);
        }
        return query.Include(a => a.Unit).Include(a => a.Values).OrderBy(a => a.UpdatedAt).ToListAsync(ct);
    }

    public Task<List<Unit>> UnitsAsync(CancellationToken ct = default) =>
        db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);

    public Task<List<OrgValue>> ValuesAsync(CancellationToken ct = default) =>
        db.OrgValues.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Name).ToListAsync(ct);
}
