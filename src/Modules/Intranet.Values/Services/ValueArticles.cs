using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Services;

/// <summary>
/// The stories and news that show a value, always through the visibility rule, so lists and counts agree
/// with what the reader may open.
/// </summary>
public sealed class ValueArticles(IntranetDbContext db, IClock clock)
{
    public static readonly string[] Kinds = [ArticleKinds.Story, ArticleKinds.News];

    public Task<List<Article>> NewestAsync(ReaderContext reader, string valueSlug, int take = 12, CancellationToken ct = default) =>
        Tagged(reader, valueSlug)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(take)
            .Include(a => a.Unit).Include(a => a.Values).AsNoTracking().ToListAsync(ct);

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
