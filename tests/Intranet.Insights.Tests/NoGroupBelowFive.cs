using Xunit;

namespace Intranet.Insights.Tests;

/// <summary>
/// An independent check of the k ≥ 5 rule on what the pulse page shows: every shown group has at least five answers,
/// and no group below five can be worked out by subtracting shown figures (sector minus its shown units, the
/// municipality minus its shown sectors and units).
/// </summary>
internal static class NoGroupBelowFive
{
    /// <param name="counts">Answers per unit name (a sector's own name: people placed directly in the sector).</param>
    /// <param name="sectorOf">The sector name of every unit and sector name.</param>
    public static void AssertNotDerivable(List<(string Name, int Answers)> shown, Dictionary<string, int> counts, Dictionary<string, string> sectorOf, int withoutUnit = 0)
    {
        int SectorTotal(string sector) => counts.Where(c => sectorOf[c.Key] == sector).Sum(c => c.Value);
        var shownUnits = shown.Where(r => sectorOf.ContainsKey(r.Name) && sectorOf[r.Name] != r.Name).ToList();
        var shownSectors = shown.Where(r => r.Name.EndsWith(" (sektor)", StringComparison.Ordinal)).Select(r => (Name: r.Name[..^9], r.Answers)).ToList();
        Assert.All(shown, r => Assert.True(r.Answers >= 5, $"{r.Name}: {r.Answers}"));
        Assert.All(shownUnits, u => Assert.Equal(counts.GetValueOrDefault(u.Name), u.Answers));
        Assert.All(shownSectors, s => Assert.Equal(SectorTotal(s.Name), s.Answers));
        foreach (var sector in shownSectors)
        {
            var remainder = sector.Answers - shownUnits.Where(u => sectorOf[u.Name] == sector.Name).Sum(u => u.Answers);
            Assert.False(remainder is > 0 and < 5, $"{sector.Name} minus its shown units reveals {remainder}");
        }
        if (shown.FirstOrDefault(r => r.Name == "Hele kommunen") is not { Name: not null } municipality) return;
        Assert.Equal(counts.Values.Sum() + withoutUnit, municipality.Answers);
        var parts = shownSectors.Sum(s => s.Answers) + shownUnits.Where(u => !shownSectors.Any(s => s.Name == sectorOf[u.Name])).Sum(u => u.Answers);
        var rest = municipality.Answers - parts;
        Assert.False(rest is > 0 and < 5, $"the municipality minus shown groups reveals {rest}");
    }
}
