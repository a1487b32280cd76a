using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Localization;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Core.Time;
using Intranet.News.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Services;

/// <summary>
/// News lists and single items, always through the core read rule. Items targeted at the reader's unit or
/// sector come first while they are fresh (<see cref="TargetedFirstDays"/> days), so an old targeted item
/// does not sit above today's news for ever.
/// </summary>
public sealed class NewsReader(IntranetDbContext db, IClock clock, UnitScope units)
{
    public const int TargetedFirstDays = 30;

    public async Task<PagedResult<NewsListItem>> ListAsync(ReaderContext reader, NewsFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var scope = await units.ReaderScopeAsync(reader.UnitId, ct);
        var query = Filtered(Visible(reader, now), filter);
        var total = await query.CountAsync(ct);
        var fresh = now.AddDays(-TargetedFirstDays);
        var targets = db.Set<NewsTarget>();
        var articles = await query
            .OrderByDescending(a => a.PublishedAt >= fresh && targets.Any(t => t.ArticleId == a.Id && scope.Contains(t.UnitId)))
            .ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize).Include(a => a.Unit).AsNoTracking().ToListAsync(ct);
        var items = await DecorateAsync(articles, scope, ct);
        return new PagedResult<NewsListItem>(total, items, page);
    }

    public Task<Article?> BySlugAsync(ReaderContext reader, string slug, CancellationToken ct = default) =>
        db.Articles.AsNoTracking().Include(a => a.Unit).Include(a => a.Values).Include(a => a.Tags).AsSplitQuery()
            .Where(a => a.Kind == ArticleKinds.News).VisibleTo(reader, clock.UtcNow).FirstOrDefaultAsync(a => a.Slug == slug, ct);

    /// <summary>The article's values as (slug, name in the reader's written standard), in the municipality's order.</summary>
    public async Task<List<(string Slug, string Name)>> ValueBadgesAsync(Article article, CancellationToken ct = default)
    {
        var slugs = article.Values.Select(v => v.ValueSlug).ToList();
        if (slugs.Count == 0) return [];
        return (await ValueNamesAsync(ct)).Where(v => slugs.Contains(v.Slug)).ToList();
    }

    /// <summary>All the municipality's values as (slug, name in the reader's written standard), in its order.</summary>
    public async Task<List<(string Slug, string Name)>> ValueNamesAsync(CancellationToken ct = default)
    {
        var values = await db.OrgValues.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Name).ToListAsync(ct);
        return values.Select(v => (v.Slug, Cultures.IsNynorsk && !string.IsNullOrWhiteSpace(v.NameNn) ? v.NameNn : v.Name)).ToList();
    }

    public Task<NewsItem?> NewsPartAsync(int articleId, CancellationToken ct = default) =>
        db.Set<NewsItem>().AsNoTracking().Include(n => n.Targets).FirstOrDefaultAsync(n => n.ArticleId == articleId, ct);

    public Task<List<string>> TargetNamesAsync(NewsItem? item, CancellationToken ct = default)
    {
        var ids = item?.Targets.Select(t => t.UnitId).ToList() ?? [];
        return db.Units.Where(u => ids.Contains(u.Id)).OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(ct);
    }

    /// <summary>Live news the reader may read (drafts and scheduled items of others excluded, even for editors).</summary>
    public IQueryable<Article> Visible(ReaderContext reader, DateTimeOffset now) =>
        db.Articles.Live(now).VisibleTo(reader, now).Where(a => a.Kind == ArticleKinds.News);

    public async Task<List<NewsListItem>> DecorateAsync(List<Article> articles, IReadOnlyList<int> scope, CancellationToken ct)
    {
        var ids = articles.Select(a => a.Id).ToList();
        var parts = await db.Set<NewsItem>().AsNoTracking().Include(n => n.Targets).Where(n => ids.Contains(n.ArticleId)).ToDictionaryAsync(n => n.ArticleId, ct);
        var fresh = clock.UtcNow.AddDays(-TargetedFirstDays);
        return articles.Select(a =>
        {
            var part = parts.GetValueOrDefault(a.Id);
            var targeted = a.PublishedAt >= fresh && part?.Targets.Any(t => scope.Contains(t.UnitId)) == true;
            return new NewsListItem(a, part, targeted);
        }).ToList();
    }

    private IQueryable<Article> Filtered(IQueryable<Article> query, NewsFilter filter)
    {
        var items = db.Set<NewsItem>();
        if (filter.Category is { Length: > 0 } category)
            query = category == NewsCategories.General
                ? query.Where(a => !items.Any(n => n.ArticleId == a.Id && n.Category != category))
                : query.Where(a => items.Any(n => n.ArticleId == a.Id && n.Category == category));
        if (filter.Unit is { Length: > 0 } unit)
        {
            var unitIds = db.Units.Where(u => u.Slug == unit || (u.Parent != null && u.Parent.Slug == unit) || u.Children.Any(c => c.Slug == unit)).Select(u => u.Id);
            query = query.Where(a => db.Set<NewsTarget>().Any(t => t.ArticleId == a.Id && unitIds.Contains(t.UnitId))
                                     || (a.UnitId != null && unitIds.Contains(a.UnitId.Value)));
        }
        if (filter.Value is { Length: > 0 } value)
            query = query.Where(a => a.Values.Any(v => v.ValueSlug == value));
        return query;
    }
}
