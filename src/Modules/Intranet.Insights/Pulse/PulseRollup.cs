using Intranet.Core.Models;
using Intranet.Insights.Models;
using Intranet.Insights.Services;

namespace Intranet.Insights.Pulse;

/// <summary>
/// The k ≥ 5 rule. A unit's result is shown only when at least <see cref="MinimumAnswers"/> answered; otherwise its
/// answers are only part of its sector. A sector is shown when it has at least five answers and the answers not
/// shown at unit level (its hidden units and people placed directly in the sector) are none or at least five —
/// else subtracting the shown units from the sector would reveal a group smaller than five. The municipality is
/// shown when at least five answered.
/// </summary>
public static class PulseRollup
{
    public const int MinimumAnswers = 5;

    public static List<PulseResult> Results(PulseScale scale, IReadOnlyList<(int? UnitId, int Value)> answers, IReadOnlyList<Unit> units, InsightsScope scope)
    {
        var byUnit = answers.Where(a => a.UnitId is not null).GroupBy(a => a.UnitId!.Value).ToDictionary(g => g.Key, g => g.Select(a => a.Value).ToList());
        var shownUnits = units.Where(u => !u.IsSector && byUnit.GetValueOrDefault(u.Id)?.Count >= MinimumAnswers)
            .Select(u => new PulseResult(u.Id, u.Name, PulseLevel.Unit, byUnit[u.Id].Count, PulseResult.Score(scale, byUnit[u.Id]))).ToList();
        var shownSectors = units.Where(u => u.IsSector).Select(s => SectorResult(scale, s, units, byUnit, shownUnits)).OfType<PulseResult>().ToList();
        var all = answers.Select(a => a.Value).ToList();
        PulseResult? municipality = all.Count >= MinimumAnswers ? new(null, "Hele kommunen", PulseLevel.Municipality, all.Count, PulseResult.Score(scale, all)) : null;
        return scope.All ? Everything(shownUnits, shownSectors, municipality) : ForLeader(scope, units, shownUnits, shownSectors, municipality);
    }

    private static PulseResult? SectorResult(PulseScale scale, Unit sector, IReadOnlyList<Unit> units, Dictionary<int, List<int>> byUnit, List<PulseResult> shownUnits)
    {
        var members = units.Where(u => u.Id == sector.Id || u.ParentId == sector.Id).Select(u => u.Id).ToList();
        var values = members.SelectMany(id => byUnit.GetValueOrDefault(id) ?? []).ToList();
        var hidden = values.Count - shownUnits.Where(r => members.Contains(r.UnitId!.Value)).Sum(r => r.Answers);
        var safe = values.Count >= MinimumAnswers && (hidden == 0 || hidden >= MinimumAnswers);
        return safe ? new PulseResult(sector.Id, $"{sector.Name} (sektor)", PulseLevel.Sector, values.Count, PulseResult.Score(scale, values)) : null;
    }

    private static List<PulseResult> Everything(List<PulseResult> units, List<PulseResult> sectors, PulseResult? municipality) =>
        [.. units.OrderBy(r => r.Name), .. sectors.OrderBy(r => r.Name), .. municipality is null ? [] : new[] { municipality }];

    /// <summary>A leader sees each of their units resolved to the smallest shown group that contains it.</summary>
    private static List<PulseResult> ForLeader(InsightsScope scope, IReadOnlyList<Unit> units, List<PulseResult> shownUnits, List<PulseResult> shownSectors, PulseResult? municipality)
    {
        var result = new List<PulseResult>();
        foreach (var unit in units.Where(u => scope.UnitIds.Contains(u.Id)))
        {
            var sectorId = unit.ParentId ?? unit.Id;
            var resolved = shownUnits.FirstOrDefault(r => r.UnitId == unit.Id)
                ?? shownSectors.FirstOrDefault(r => r.UnitId == sectorId)
                ?? municipality;
            if (resolved is not null && !result.Contains(resolved)) result.Add(resolved);
        }
        return result.OrderBy(r => r.Level).ThenBy(r => r.Name).ToList();
    }
}
