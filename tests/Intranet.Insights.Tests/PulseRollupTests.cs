using Intranet.Core.Models;
using Intranet.Insights.Models;
using Intranet.Insights.Pulse;
using Intranet.Insights.Services;
using Xunit;

namespace Intranet.Insights.Tests;

public sealed class PulseRollupTests
{
    private static readonly List<Unit> Units =
    [
        new() { Id = 1, Name = "Helse" },
        new() { Id = 2, Name = "Hjemme", ParentId = 1 },
        new() { Id = 3, Name = "Sykehjem", ParentId = 1 },
        new() { Id = 4, Name = "Oppvekst" },
        new() { Id = 5, Name = "Skole", ParentId = 4 },
    ];

    [Theory]
    [InlineData(new[] { 10, 9, 8, 7, 6, 0 }, 0)]
    [InlineData(new[] { 10, 10, 10, 9, 5 }, 60)]
    [InlineData(new[] { 0, 1, 2, 3, 4 }, -100)]
    [InlineData(new[] { 7, 8, 7, 8, 8 }, 0)]
    public void Enps_is_promoters_minus_detractors(int[] values, double expected) =>
        Assert.Equal(expected, PulseResult.Enps(values));

    [Fact]
    public void Small_groups_are_rolled_up_to_the_first_level_with_five()
    {
        var answers = Answers((2, 4), (3, 4), (5, 5));
        var results = PulseRollup.Results(PulseScale.OneToFive, answers, Units, InsightsScope.Everything);
        Assert.Equal(["Skole", "Helse (sektor)", "Oppvekst (sektor)", "Hele kommunen"], results.Select(r => r.Name));
        Assert.Equal([5, 8, 5, 13], results.Select(r => r.Answers));

        var leaderOfHomeCare = new InsightsScope(false, new HashSet<int> { 2 });
        var forLeader = Assert.Single(PulseRollup.Results(PulseScale.OneToFive, answers, Units, leaderOfHomeCare));
        Assert.Equal(PulseLevel.Sector, forLeader.Level);
        var leaderOfSchool = Assert.Single(PulseRollup.Results(PulseScale.OneToFive, answers, Units, new InsightsScope(false, new HashSet<int> { 5 })));
        Assert.Equal(PulseLevel.Unit, leaderOfSchool.Level);
    }

    [Fact]
    public void The_municipality_never_reveals_a_small_remainder_next_to_a_shown_sector()
    {
        // Helse 8 and the municipality 10 would give away the school's 2 answers: the municipality stays (the
        // headline and the trend), the sector is held back.
        var answers = Answers((2, 4), (3, 4), (5, 2));
        var results = PulseRollup.Results(PulseScale.OneToFive, answers, Units, InsightsScope.Everything);
        Assert.Equal(["Hele kommunen"], results.Select(r => r.Name));
        Assert.Equal(10, results[0].Answers);

        // A unit of 5 in a sector held back (its sibling has 3) next to a municipality of 8: the sector and the
        // municipality are shown instead (8 and 8), never the unit.
        results = PulseRollup.Results(PulseScale.OneToFive, Answers((2, 5), (3, 3)), Units, InsightsScope.Everything);
        Assert.Equal(["Helse (sektor)", "Hele kommunen"], results.Select(r => r.Name));

        // Answers without a unit count only in the municipality, and are protected like a hidden unit.
        var withoutUnit = Answers((2, 5), (5, 5)).Append((null, 3)).Append((null, 3)).ToList();
        results = PulseRollup.Results(PulseScale.OneToFive, withoutUnit, Units, InsightsScope.Everything);
        AssertNothingBelowFiveDerivable(results, withoutUnit);
        Assert.Equal(PulseLevel.Municipality, Assert.Single(PulseRollup.Results(PulseScale.OneToFive, withoutUnit, Units, new InsightsScope(false, new HashSet<int> { 2 }))).Level);
        Assert.Contains(results, r => r.Level == PulseLevel.Municipality && r.Answers == 12);
    }

    [Fact]
    public void No_shown_figure_minus_other_shown_figures_reveals_a_group_below_five()
    {
        var random = new Random(9);
        for (var run = 0; run < 3000; run++)
        {
            var units = new List<Unit>();
            var answers = new List<(int? UnitId, int Value)>();
            var id = 1;
            for (var sector = 0; sector < 1 + random.Next(4); sector++)
            {
                var sectorId = id++;
                units.Add(new Unit { Id = sectorId, Name = $"S{sectorId}" });
                answers.AddRange(Enumerable.Repeat(((int?)sectorId, 3), random.Next(4) == 0 ? random.Next(1, 4) : 0));
                for (var unit = 0; unit < random.Next(5); unit++)
                {
                    units.Add(new Unit { Id = id, Name = $"U{id}", ParentId = sectorId });
                    answers.AddRange(Enumerable.Repeat(((int?)id++, 3), random.Next(10)));
                }
            }
            answers.AddRange(Enumerable.Repeat(((int?)null, 3), random.Next(3) == 0 ? random.Next(1, 3) : 0));
            var results = PulseRollup.Results(PulseScale.OneToFive, answers, units, InsightsScope.Everything);
            AssertNothingBelowFiveDerivable(results, answers, units);
            Assert.Equal(answers.Count >= 5, results.Any(r => r.Level == PulseLevel.Municipality));
        }
    }

    /// <summary>
    /// Independent of the implementation: shown groups nest, so everything derivable by adding and subtracting shown
    /// counts is each shown group minus its largest shown sub-groups. Each of those must be 0 or at least 5, and every
    /// shown figure must be its group's true count.
    /// </summary>
    private static void AssertNothingBelowFiveDerivable(List<PulseResult> results, List<(int? UnitId, int Value)> answers, List<Unit>? units = null)
    {
        units ??= Units;
        var sectorOf = units.ToDictionary(u => u.Id, u => u.ParentId ?? u.Id);
        var names = units.ToDictionary(u => u.IsSector ? $"{u.Name} (sektor)" : u.Name, u => u);
        var counts = answers.Where(a => a.UnitId is not null).GroupBy(a => names.Values.First(u => u.Id == a.UnitId).Name)
            .ToDictionary(g => g.Key, g => g.Count());
        NoGroupBelowFive.AssertNotDerivable(results.Select(r => (r.Name, r.Answers)).ToList(), counts,
            units.ToDictionary(u => u.Name, u => units.First(s => s.Id == sectorOf[u.Id]).Name), answers.Count(a => a.UnitId is null));
    }

    [Fact]
    public void Nothing_is_shown_when_fewer_than_five_answered_in_all()
    {
        Assert.Empty(PulseRollup.Results(PulseScale.ZeroToTen, Answers((2, 4)), Units, InsightsScope.Everything));
    }

    private static List<(int? UnitId, int Value)> Answers(params (int Unit, int Count)[] groups) =>
        groups.SelectMany(g => Enumerable.Repeat(((int?)g.Unit, 4), g.Count)).ToList();
}
