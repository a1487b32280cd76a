using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Insights.Charts;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Services;

/// <summary>Stories: submitted and published per month, unit and sector; time to a decision; share published for the public.</summary>
public sealed class StoryFigures(IntranetDbContext db, StorySubmissions submissions)
{
    public const string Section = "Gode historier";

    public async Task<List<ChartData>> BuildAsync(InsightsScope scope, MonthAxis axis, CancellationToken ct)
    {
        var stories = (await db.Articles.AsNoTracking().Where(a => a.Kind == ArticleKinds.Story)
                .Select(a => new StoryFacts(a.Id, a.UnitId, a.Status, a.Audience, a.CreatedAt, a.PublishedAt)).ToListAsync(ct))
            .Where(s => scope.Includes(s.UnitId)).ToList();
        var submitted = await submissions.SubmittedAtAsync(stories, ct);
        var decisions = await FirstDecisionsAsync(submitted, ct);
        var published = stories.Where(s => s.PublishedAt is not null && s.Status is ArticleStatus.Published or ArticleStatus.Archived).ToList();
        return
        [
            ReachFigures.Trend(axis, "historier", "Innsendte og publiserte historier", "Historier sendt inn til vurdering og historier publisert, per måned.",
            [
                new ChartSeries("Innsendt", axis.Series(m => submitted.Values.Count(t => MonthAxis.Key(t) == m))),
                new ChartSeries("Publisert", axis.Series(m => published.Count(s => MonthAxis.Key(s.PublishedAt!.Value) == m))),
            ], Section),
            await PerUnitAsync(stories, submitted, published, axis, ct),
            ReachFigures.Trend(axis, "behandlingstid", "Tid fra innsending til avgjørelse",
                "Median antall dager fra en historie ble sendt inn til første avgjørelse (godkjent, avvist eller ber om endringer), etter måneden avgjørelsen kom.",
                [new ChartSeries("Median dager", axis.Series(m => Median(decisions.Where(d => MonthAxis.Key(d.At) == m).Select(d => d.Days))))], Section),
            ReachFigures.Trend(axis, "offentlige", "Andel publisert for publikum",
                "Prosent av historiene publisert i måneden som også ble delt med publikum (med samtykke).",
                [new ChartSeries("Offentlig (prosent)", axis.Series(m => PublicShare(published.Where(s => MonthAxis.Key(s.PublishedAt!.Value) == m).ToList())))], Section),
        ];
    }

    private async Task<ChartData> PerUnitAsync(List<StoryFacts> stories, Dictionary<int, DateTimeOffset> submitted, List<StoryFacts> published, MonthAxis axis, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var rows = new List<(string Label, int Submitted, int Published)>();
        foreach (var sector in units.Where(u => u.IsSector).OrderBy(u => u.Name))
        {
            var members = units.Where(u => u.Id == sector.Id || u.ParentId == sector.Id).Select(u => u.Id).ToHashSet();
            rows.Add(($"{sector.Name} (sektor)", Count(members, submitted, stories, axis), published.Count(s => s.PublishedAt >= axis.Start && s.UnitId is int u && members.Contains(u))));
            foreach (var unit in units.Where(u => u.ParentId == sector.Id).OrderBy(u => u.Name))
                rows.Add(($"{sector.Name} – {unit.Name}", Count([unit.Id], submitted, stories, axis), published.Count(s => s.PublishedAt >= axis.Start && s.UnitId == unit.Id)));
        }
        rows = rows.Where(r => r.Submitted + r.Published > 0).ToList();
        return new ChartData("historier-enheter", "Historier per sektor og enhet", "Innsendte og publiserte historier i perioden, per sektor og enhet.", "Sektor og enhet",
            rows.Select(r => r.Label).ToList(),
            [
                new ChartSeries("Innsendt", rows.Select(r => (double?)r.Submitted).ToList()),
                new ChartSeries("Publisert", rows.Select(r => (double?)r.Published).ToList(), Plotted: false),
            ], ChartKind.Bars, Section: Section);
    }

    private static int Count(IReadOnlyCollection<int> units, Dictionary<int, DateTimeOffset> submitted, List<StoryFacts> stories, MonthAxis axis) =>
        stories.Count(s => s.UnitId is int u && units.Contains(u) && submitted.TryGetValue(s.Id, out var at) && at >= axis.Start);

    private async Task<List<(DateTimeOffset At, double Days)>> FirstDecisionsAsync(Dictionary<int, DateTimeOffset> submitted, CancellationToken ct)
    {
        var ids = submitted.Keys.ToList();
        var reviews = await db.Set<StoryReview>().AsNoTracking()
            .Where(r => ids.Contains(r.ArticleId) && (r.Decision == "approve" || r.Decision == "reject" || r.Decision == "request-changes"))
            .Select(r => new { r.ArticleId, r.At }).ToListAsync(ct);
        return reviews.Where(r => r.At >= submitted[r.ArticleId]).GroupBy(r => r.ArticleId)
            .Select(g => g.MinBy(r => r.At)!).Select(r => (r.At, (r.At - submitted[r.ArticleId]).TotalDays)).ToList();
    }

    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return Math.Round(median, 1);
    }

    private static double? PublicShare(List<StoryFacts> published) =>
        published.Count == 0 ? null : Math.Round(100.0 * published.Count(s => s.Audience == Audience.Public) / published.Count, 1);
}

public sealed record StoryFacts(int Id, int? UnitId, ArticleStatus Status, Audience Audience, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);
