using Intranet.Core.Models;

namespace Intranet.Insights.Pulse;

/// <summary>
/// Decides which groups (units, sectors, the municipality) may be shown so that no group of 1–4 people can be
/// computed from the shown figures. Groups nest (unit ⊂ sector ⊂ municipality), so everything a reader can derive
/// by adding and subtracting shown figures is the "remainder" of each shown group: its answers minus those of the
/// largest shown groups inside it. Every shown group has at least five answers and a remainder of 0 or at least five.
/// A sector with a remainder of 1–4 is held back (its units stay). For the municipality — the headline figure and the
/// trend — the smallest shown group inside it is held back instead, until its remainder is safe. Afterwards held-back
/// sectors and units are tried again, largest first, and kept when every remainder stays safe.
/// </summary>
internal sealed class PulseSuppression
{
    private readonly Dictionary<int, int> _unitCounts = [];
    private readonly Dictionary<int, int> _sectorCounts = [];
    private readonly Dictionary<int, int> _sectorOf = [];
    private readonly int _total;

    public HashSet<int> Shown { get; } = [];
    public bool MunicipalityShown => _total >= PulseRollup.MinimumAnswers;

    /// <param name="counts">Answers per unit id (a sector's own id: people placed directly in it; null or unknown: only the municipality).</param>
    public PulseSuppression(IReadOnlyDictionary<int, int> counts, IReadOnlyList<Unit> units, int total)
    {
        var byId = units.ToDictionary(u => u.Id);
        foreach (var unit in units)
        {
            var sector = unit;
            for (var depth = 0; sector.ParentId is int parent && byId.TryGetValue(parent, out var up) && depth < 32; depth++) sector = up;
            _sectorOf[unit.Id] = sector.Id;
            var count = counts.GetValueOrDefault(unit.Id);
            _sectorCounts[sector.Id] = _sectorCounts.GetValueOrDefault(sector.Id) + count;
            if (!unit.IsSector) _unitCounts[unit.Id] = count;
        }
        _total = total;
        Decide();
    }

    public int CountOf(int id) => _unitCounts.TryGetValue(id, out var c) ? c : _sectorCounts.GetValueOrDefault(id);

    private bool IsUnit(int id) => _unitCounts.ContainsKey(id);

    private void Decide()
    {
        var candidates = _unitCounts.Concat(_sectorCounts).Where(c => c.Value >= PulseRollup.MinimumAnswers).Select(c => c.Key).ToList();
        Shown.UnionWith(candidates);
        while (true)
        {
            Shown.RemoveWhere(id => !IsUnit(id) && Unsafe(SectorRemainder(id)));
            if (!MunicipalityShown || !Unsafe(MunicipalityRemainder())) break;
            Shown.Remove(MunicipalityParts().OrderByDescending(Helps).ThenBy(CountOf).ThenBy(id => id).First());
        }
        // Greedy second chance: sectors before units, larger groups first.
        foreach (var id in candidates.Where(id => !Shown.Contains(id)).OrderBy(IsUnit).ThenByDescending(CountOf).ThenBy(id => id))
        {
            Shown.Add(id);
            if (!Safe()) Shown.Remove(id);
        }
    }

    private static bool Unsafe(int remainder) => remainder is > 0 and < PulseRollup.MinimumAnswers;

    private bool Safe() =>
        Shown.Where(id => !IsUnit(id)).All(id => !Unsafe(SectorRemainder(id))) && (!MunicipalityShown || !Unsafe(MunicipalityRemainder()));

    private int SectorRemainder(int sector) =>
        _sectorCounts[sector] - Shown.Where(id => IsUnit(id) && _sectorOf[id] == sector).Sum(CountOf);

    /// <summary>The largest shown groups inside the municipality: shown sectors, and shown units of sectors held back.</summary>
    private IEnumerable<int> MunicipalityParts() =>
        Shown.Where(id => !IsUnit(id) || !Shown.Contains(_sectorOf[id]));

    private int MunicipalityRemainder() => _total - MunicipalityParts().Sum(CountOf);

    /// <summary>Holding back this part alone raises the municipality's remainder to at least five.</summary>
    private bool Helps(int id) => IsUnit(id) || SectorRemainder(id) >= PulseRollup.MinimumAnswers;
}
