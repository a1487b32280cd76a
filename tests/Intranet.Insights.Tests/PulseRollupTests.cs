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
        var answers = Answers((2, 4), (3, 4), (5, 2));
        var results = PulseRollup.Results(PulseScale.OneToFive, answers, Units, InsightsScope.Everything);
        Assert.Equal(["Helse (sektor)", "Hele kommunen"], results.Select(r => r.Name));
        Assert.Equal([8, 10], results.Select(r => r.Answers));

        var leaderOfSchool = new InsightsScope(false, new HashSet<int> { 5 });
        var forLeader = Assert.Single(PulseRollup.Results(PulseScale.OneToFive, answers, Units, leaderOfSchool));
        Assert.Equal(PulseLevel.Municipality, forLeader.Level);
    }

    [Fact]
    public void Nothing_is_shown_when_fewer_than_five_answered_in_all()
    {
        Assert.Empty(PulseRollup.Results(PulseScale.ZeroToTen, Answers((2, 4)), Units, InsightsScope.Everything));
    }

    private static List<(int? UnitId, int Value)> Answers(params (int Unit, int Count)[] groups) =>
        groups.SelectMany(g => Enumerable.Repeat(((int?)g.Unit, 4), g.Count)).ToList();
}
