using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Services;

/// <summary>
/// Narrows a dashboard scope to one sector or unit (with the units under it), so every figure can be followed per
/// sector and unit month by month. Only within the caller's own scope: a leader cannot look outside their units.
/// Pulse results stay safe when narrowed: which groups are held back is decided over the whole municipality, and a
/// narrowed view only picks among the groups shown there.
/// </summary>
public sealed class InsightsFocus(IntranetDbContext db)
{
    private List<Unit>? _units;

    /// <summary>
    /// The scope narrowed to the unit with this slug; the scope itself when no slug is given; null when no such unit
    /// is in <paramref name="scope"/>.
    /// </summary>
    public async Task<InsightsScope?> NarrowAsync(InsightsScope scope, string? slug, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(slug)) return scope;
        var units = await UnitsAsync(ct);
        var unit = units.FirstOrDefault(u => string.Equals(u.Slug, slug.Trim(), StringComparison.Ordinal));
        if (unit is null || !scope.Includes(unit.Id)) return null;
        return new InsightsScope(false, WithDescendants(unit.Id, units)) { Focus = Label(unit, units) };
    }

    /// <summary>Every sector and unit the scope may be narrowed to, sectors first, each followed by its units.</summary>
    public async Task<List<InsightsUnitChoice>> ChoicesAsync(InsightsScope scope, CancellationToken ct)
    {
        var units = await UnitsAsync(ct);
        var choices = new List<InsightsUnitChoice>();
        foreach (var sector in units.Where(u => u.IsSector).OrderBy(u => u.Name, StringComparer.CurrentCulture))
        {
            if (scope.Includes(sector.Id)) choices.Add(new(sector.Slug, Label(sector, units)));
            foreach (var unit in units.Where(u => u.ParentId == sector.Id && scope.Includes(u.Id)).OrderBy(u => u.Name, StringComparer.CurrentCulture))
                choices.Add(new(unit.Slug, Label(unit, units)));
        }
        return choices;
    }

    /// <summary>Read once per request: the page asks for both the choices and the narrowed scope.</summary>
    private async Task<List<Unit>> UnitsAsync(CancellationToken ct) => _units ??= await db.Units.AsNoTracking().ToListAsync(ct);

    private static string Label(Unit unit, IReadOnlyList<Unit> units) =>
        units.FirstOrDefault(u => u.Id == unit.ParentId) is { } parent ? $"{parent.Name} – {unit.Name}" : $"{unit.Name} (sektor)";

    private static HashSet<int> WithDescendants(int unitId, IReadOnlyList<Unit> units)
    {
        var ids = new HashSet<int> { unitId };
        // Units nest a few levels at most; each pass adds the next level, and a cycle cannot loop (ids only grow).
        for (var added = true; added;)
        {
            added = false;
            foreach (var unit in units)
                if (unit.ParentId is int parent && ids.Contains(parent) && ids.Add(unit.Id)) added = true;
        }
        return ids;
    }
}
