using Intranet.Core.Models;
using Intranet.Insights.Models;
using Intranet.Insights.Services;

namespace Intranet.Insights.Pulse;

/// <summary>
/// The k ≥ 5 rule. A group (unit, sector, the whole municipality) is shown only when at least
/// <see cref="MinimumAnswers"/> answered and no group smaller than that can be computed by subtracting shown figures
/// from each other (<see cref="PulseSuppression"/>). Answers of groups held back still count in the larger groups.
/// </summary>
public static class PulseRollup
{
    public const int MinimumAnswers = 5;

    public static List<PulseResult> Results(PulseScale scale, IReadOnlyList<(int? UnitId, int Value)> answers, IReadOnlyList<Unit> units, InsightsScope scope)
    {
        var byUnit = answers.Where(a => a.UnitId is not null).GroupBy(a => a.UnitId!.Value).ToDictionary(g => g.Key, g => g.Select(a => a.Value).ToList());
        var rules = new PulseSuppression(byUnit.ToDictionary(g => g.Key, g => g.Value.Count), units, answers.Count);
        var shownUnits = units.Where(u => !u.IsSector && rules.Shown.Contains(u.Id))
            .Select(u => new PulseResult(u.Id, u.Name, PulseLevel.Unit, byUnit[u.Id].Count, PulseResult.Score(scale, byUnit[u.Id]))).ToList();
        var shownSectors = units.Where(u => u.IsSector && rules.Shown.Contains(u.Id)).Select(s =>
        {
            var values = units.Where(u => SectorOf(u, units) == s.Id).SelectMany(u => byUnit.GetValueOrDefault(u.Id) ?? []).ToList();
            return new PulseResult(s.Id, $"{s.Name} (sektor)", PulseLevel.Sector, values.Count, PulseResult.Score(scale, values));
        }).ToList();
        var all = answers.Select(a => a.Value).ToList();
        PulseResult? municipality = rules.MunicipalityShown ? new(null, "Hele kommunen", PulseLevel.Municipality, all.Count, PulseResult.Score(scale, all)) : null;
        return scope.All ? Everything(shownUnits, shownSectors, municipality) : ForLeader(scope, units, shownUnits, shownSectors, municipality);
    }

    /// <summary>The top-level unit (sector) a unit belongs to.</summary>
    public static int SectorOf(Unit unit, IReadOnlyList<Unit> units)
    {
        for (var depth = 0; unit.ParentId is int parent && depth < 32; depth++)
        {
            var up = units.FirstOrDefault(u => u.Id == parent);
            if (up is null) break;
            unit = up;
        }
        return unit.Id;
    }

    private static List<PulseResult> Everything(List<PulseResult> units, List<PulseResult> sectors, PulseResult? municipality) =>
        [.. units.OrderBy(r => r.Name), .. sectors.OrderBy(r => r.Name), .. municipality is null ? [] : new[] { municipality }];

    /// <summary>A leader sees each of their units resolved to the smallest shown group that contains it.</summary>
    private static List<PulseResult> ForLeader(InsightsScope scope, IReadOnlyList<Unit> units, List<PulseResult> shownUnits, List<PulseResult> shownSectors, PulseResult? municipality)
    {
        var result = new List<PulseResult>();
        foreach (var unit in units.Where(u => scope.UnitIds.Contains(u.Id)))
        {
            var sectorId = SectorOf(unit, units);
            var resolved = shownUnits.FirstOrDefault(r => r.UnitId == unit.Id)
                ?? shownSectors.FirstOrDefault(r => r.UnitId == sectorId)
                ?? municipality;
            if (resolved is not null && !result.Contains(resolved)) result.Add(resolved);
        }
        return result.OrderBy(r => r.Level).ThenBy(r => r.Name).ToList();
    }
}
