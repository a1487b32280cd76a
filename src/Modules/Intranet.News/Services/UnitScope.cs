using Intranet.Core.Data;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Services;

/// <summary>Turns unit/sector slugs into ids, and a sector into itself plus all its units.</summary>
public sealed class UnitScope(IntranetDbContext db)
{
    public async Task<List<int>> IdsForSlugsAsync(IReadOnlyList<string> slugs, CancellationToken ct)
    {
        var wanted = slugs.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        if (wanted.Count == 0) return [];
        var found = await db.Units.Where(u => wanted.Contains(u.Slug)).Select(u => new { u.Id, u.Slug }).ToListAsync(ct);
        var unknown = wanted.Except(found.Select(f => f.Slug)).ToList();
        if (unknown.Count > 0)
            throw ValidationFailedException.For("units", $"Finner ikke enheten {string.Join(", ", unknown.Select(u => $"«{u}»"))}.");
        return found.Select(f => f.Id).ToList();
    }

    /// <summary>The chosen units plus the units under chosen sectors: who a targeted item is for.</summary>
    public async Task<List<int>> ExpandAsync(IReadOnlyList<int> unitIds, CancellationToken ct)
    {
        if (unitIds.Count == 0) return [];
        var children = await db.Units.Where(u => u.ParentId != null && unitIds.Contains(u.ParentId.Value)).Select(u => u.Id).ToListAsync(ct);
        return unitIds.Concat(children).Distinct().ToList();
    }

    /// <summary>The reader's unit and its sector, for "targeted to me first".</summary>
    public async Task<List<int>> ReaderScopeAsync(int? unitId, CancellationToken ct)
    {
        if (unitId is not int id) return [];
        var parent = await db.Units.Where(u => u.Id == id).Select(u => u.ParentId).FirstOrDefaultAsync(ct);
        return parent is int p ? [id, p] : [id];
    }
}
