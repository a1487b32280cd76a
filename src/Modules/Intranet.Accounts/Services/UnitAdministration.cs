using Intranet.Accounts.Models;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Services;

/// <summary>
/// The administrators' use cases for the unit tree. The tree has two levels (sector → unit), so a unit can
/// only be placed under a sector, and a sector that has units cannot be moved under another.
/// </summary>
public sealed class UnitAdministration(IntranetDbContext db)
{
    public async Task<IReadOnlyList<UnitNode>> TreeAsync(CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        var leaders = await (from l in db.UnitLeaders
                             join u in db.Users on l.UserId equals u.Id
                             select new { l.UnitId, u.DisplayName }).ToListAsync(ct);
        UnitNode Node(Unit u) => new(u.Id, u.Slug, u.Name, u.ParentId,
            leaders.Where(l => l.UnitId == u.Id).Select(l => l.DisplayName).Order().ToList(),
            units.Where(c => c.ParentId == u.Id).Select(Node).ToList());
        return units.Where(u => u.ParentId == null).Select(Node).ToList();
    }

    public async Task<Unit> CreateAsync(string? name, int? parentId, CancellationToken ct = default)
    {
        var clean = ValidName(name);
        await ValidateParentAsync(null, parentId, ct);
        var unit = new Unit { Name = clean, Slug = await FreeSlugAsync(Slugs.From(clean), ct), ParentId = parentId };
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return unit;
    }

    public async Task UpdateAsync(int id, string? name, int? parentId, IReadOnlyList<string> leaderUserNames, CancellationToken ct = default)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw ValidationFailedException.For("Name", "Enheten finnes ikke.");
        unit.Name = ValidName(name);
        await ValidateParentAsync(unit, parentId, ct);
        unit.ParentId = parentId;
        var leaderIds = await LeaderIdsAsync(leaderUserNames, ct);
        var existing = await db.UnitLeaders.Where(l => l.UnitId == id).ToListAsync(ct);
        db.UnitLeaders.RemoveRange(existing.Where(l => !leaderIds.Contains(l.UserId)));
        foreach (var userId in leaderIds.Except(existing.Select(l => l.UserId)))
            db.UnitLeaders.Add(new UnitLeader { UnitId = id, UserId = userId });
        await db.SaveChangesAsync(ct);
    }

    private static string ValidName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw ValidationFailedException.For("Name", "Skriv et navn på enheten.");
        if (name.Trim().Length > 200) throw ValidationFailedException.For("Name", "Navnet kan ha høyst 200 tegn.");
        return name.Trim();
    }

    private async Task ValidateParentAsync(Unit? unit, int? parentId, CancellationToken ct)
    {
        if (parentId is null) return;
        var parent = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, ct);
        if (parent is null) throw ValidationFailedException.For("ParentId", "Sektoren finnes ikke.");
        if (parent.ParentId is not null || parent.Id == unit?.Id)
            throw ValidationFailedException.For("ParentId", "En enhet kan bare ligge under en sektor.");
        if (unit is not null && await db.Units.AnyAsync(u => u.ParentId == unit.Id, ct))
            throw ValidationFailedException.For("ParentId", "En sektor med enheter kan ikke flyttes under en annen sektor.");
    }

    private async Task<List<string>> LeaderIdsAsync(IReadOnlyList<string> userNames, CancellationToken ct)
    {
        var ids = new List<string>();
        foreach (var name in userNames.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct())
        {
            var normalized = name.ToUpperInvariant();
            var id = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct);
            ids.Add(id ?? throw ValidationFailedException.For("Leaders", $"Fant ingen bruker med brukernavnet «{name}»."));
        }
        return ids;
    }

    private async Task<string> FreeSlugAsync(string slug, CancellationToken ct)
    {
        var candidate = slug;
        for (var n = 2; await db.Units.AnyAsync(u => u.Slug == candidate, ct); n++) candidate = $"{slug}-{n}";
        return candidate;
    }
}
