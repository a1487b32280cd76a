using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Services;

/// <summary>
/// A unit's page: its sector or its units, its leaders, the verdiroser it has accepted and the newest stories
/// from it (a sector's page includes its units' stories), always through the read rule.
/// </summary>
public sealed class UnitOverview(IntranetDbContext db, IClock clock)
{
    public const int StoryCount = 12;

    public sealed record Page(Unit Unit, IReadOnlyList<string> Leaders, IReadOnlyList<Article> Stories);

    public async Task<Page?> ForAsync(string slug, ReaderContext reader, CancellationToken ct = default)
    {
        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).Include(u => u.Children.OrderBy(c => c.Name))
            .FirstOrDefaultAsync(u => u.Slug == slug, ct);
        if (unit is null) return null;
        var leaders = await db.UnitLeaders.Where(l => l.UnitId == unit.Id)
            .Join(db.Users, l => l.UserId, u => u.Id, (l, u) => u.DisplayName).OrderBy(n => n).ToListAsync(ct);
        var unitIds = unit.Children.Select(c => c.Id).Append(unit.Id).ToList();
        var now = clock.UtcNow;
        var stories = await db.Articles.Live(now).VisibleTo(reader, now)
            .Where(a => a.Kind == ArticleKinds.Story && a.UnitId != null && unitIds.Contains(a.UnitId.Value))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(StoryCount)
            .Include(a => a.Values).AsNoTracking().ToListAsync(ct);
        return new Page(unit, leaders, stories);
    }
}
