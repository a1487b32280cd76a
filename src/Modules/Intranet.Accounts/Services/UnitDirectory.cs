using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Services;

/// <summary>Reads the unit tree: sectors, their units, and who leads what.</summary>
public sealed class UnitDirectory(IntranetDbContext db)
{
    public Task<List<Unit>> SectorsWithUnitsAsync(CancellationToken ct = default) =>
        db.Units.AsNoTracking().Where(u => u.ParentId == null).Include(u => u.Children).OrderBy(u => u.Name).ToListAsync(ct);

    public Task<List<int>> UnitsLedByAsync(string userId, CancellationToken ct = default) =>
        db.UnitLeaders.Where(l => l.UserId == userId).Select(l => l.UnitId).ToListAsync(ct);

    public Task<Unit?> BySlugAsync(string slug, CancellationToken ct = default) =>
        db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Slug == slug, ct);
}
