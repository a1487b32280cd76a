using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Services;

/// <summary>
/// The stories and news that show a value, always through the visibility rule, so lists and counts agree
/// with what the reader may open. "Most applauded" orders by the Stories module's applause (IArticleApplause),
/// composed into the same query so ordering and paging happen in the database.
/// </summary>
public sealed class ValueArticles(IntranetDbContext db, IClock clock, IArticleApplause applause)
{
    public static readonly string[] Kinds = [ArticleKinds.Story, ArticleKinds.News];

    /// <summary>One page of the value's stories and news, newest first or most applauded first (then newest).</summary>
    public async Task<PagedResult<ValueArticle>> PageAsync(ReaderContext reader, string valueSlug, string order, PageRequest page,
        CancellationToken ct = default)
    {
        var tagged = Tagged(reader, valueSlug);
        var total = await tagged.CountAsync(ct);
        var applauded = applause.ApplaudedArticleIds();
        var ranked = tagged.Select(a => new { a.Id, a.PublishedAt, Applause = applauded.Count(id => id == a.Id) });
        var ordered = order == ValueArticleOrder.MostApplauded
            ? ranked.OrderByDescending(r => r.Applause).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
            : ranked.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id);
        var rows = await ordered.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var articles = await db.Articles.Where(a => ids.Contains(a.Id))
            .Include(a => a.Unit).Include(a => a.Values).AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        var items = rows.Where(r => articles.ContainsKey(r.Id)).Select(r => new ValueArticle(articles[r.Id], r.Applause)).ToList();
        return new PagedResult<ValueArticle>(total, items, page);
    }

    public Task<int> CountAsync(ReaderContext reader, string valueSlug, CancellationToken ct = default) =>
        Tagged(reader, valueSlug).CountAsync(ct);

    /// <summary>Counts per sector: a unit's count goes to its sector; an article on a sector itself counts there.</summary>
    public async Task<List<SectorCount>> PerSectorAsync(ReaderContext reader, string valueSlug, CancellationToken ct = default)
    {
        var counts = await Tagged(reader, valueSlug)
            .GroupBy(a => a.Unit == null ? (int?)null : a.Unit.ParentId ?? a.Unit.Id)
            .Select(g => new { SectorId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var sectors = await db.Units.AsNoTracking().Where(u => u.ParentId == null).ToDictionaryAsync(u => u.Id, ct);
        return counts
            .Select(c => c.SectorId is int id && sectors.TryGetValue(id, out var s)
                ? new SectorCount(s.Slug, s.Name, c.Count)
                : new SectorCount(null, "Uten enhet", c.Count))
            .OrderByDescending(c => c.Count).ThenBy(c => c.SectorName)
            .ToList();
    }

    private IQueryable<Article> Tagged(ReaderContext reader, string valueSlug)
    {
        var now = clock.UtcNow;
        return db.Articles.Live(now).VisibleTo(reader, now)
            .Where(a => Kinds.Contains(a.Kind) && a.Values.Any(v => v.ValueSlug == valueSlug));
    }
}
