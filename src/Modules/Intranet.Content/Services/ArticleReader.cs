using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Services;

/// <summary>Lists and single articles, always through the visibility rule.</summary>
public sealed class ArticleReader(IntranetDbContext db, IClock clock)
{
    public async Task<PagedResult<Article>> ListAsync(ReaderContext reader, ArticleFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var query = Filtered(reader, filter);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.PublishedAt ?? a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Include(a => a.Values).Include(a => a.Unit).AsNoTracking().ToListAsync(ct);
        return new PagedResult<Article>(total, items, page);
    }

    public Task<Article?> BySlugAsync(ReaderContext reader, string slug, CancellationToken ct = default) =>
        Detailed().VisibleTo(reader, clock.UtcNow).FirstOrDefaultAsync(a => a.Slug == slug, ct);

    public Task<Article?> ByIdAsync(ReaderContext reader, int id, CancellationToken ct = default) =>
        Detailed().VisibleTo(reader, clock.UtcNow).FirstOrDefaultAsync(a => a.Id == id, ct);

    private IQueryable<Article> Detailed() =>
        db.Articles.AsNoTracking().Include(a => a.Values).Include(a => a.Tags).Include(a => a.Unit);

    private IQueryable<Article> Filtered(ReaderContext reader, ArticleFilter filter)
    {
        var now = clock.UtcNow;
        var query = filter.LiveOnly ? db.Articles.Live(now).VisibleTo(reader, now) : db.Articles.VisibleTo(reader, now);
        if (filter.Kind is { } kind) query = query.Where(a => a.Kind == kind);
        if (filter.UnitSlug is { } unit)
            query = query.Where(a => a.Unit != null && (a.Unit.Slug == unit || (a.Unit.Parent != null && a.Unit.Parent.Slug == unit)));
        if (filter.ValueSlug is { } value) query = query.Where(a => a.Values.Any(v => v.ValueSlug == value));
        return query;
    }
}
