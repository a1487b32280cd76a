using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Insights.Charts;
using Intranet.Insights.Models;
using Intranet.Insights.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Pulse;

/// <summary>
/// Pulse results. Only closed rounds are shown (no one can watch a figure change right after a colleague answered),
/// and only groups of at least five (<see cref="PulseRollup"/>).
/// </summary>
public sealed class PulseFigures(IntranetDbContext db, IClock clock)
{
    public const string Section = "Medarbeiderpuls";

    public async Task<List<ChartData>> BuildAsync(InsightsScope scope, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var surveys = await db.Set<PulseSurvey>().AsNoTracking().Include(s => s.Questions).OrderBy(s => s.Id).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var charts = new List<ChartData>();
        foreach (var survey in surveys)
        {
            var rounds = PulseRounds.ClosedRounds(survey, now).ToList();
            if (rounds.Count == 0) continue;
            var answers = await AnswersAsync(survey.Id, rounds, ct);
            foreach (var q in survey.Questions.OrderBy(q => q.Order))
            {
                var ofQuestion = answers.Where(a => a.QuestionId == q.Id).ToList();
                var latest = ofQuestion.Where(a => a.Round == rounds[0]).Select(a => (a.UnitId, a.Value)).ToList();
                charts.Add(Latest(survey, q, rounds[0], PulseRollup.Results(q.Scale, latest, units, scope)));
                charts.Add(Trend(survey, q, rounds, ofQuestion.Select(a => (a.Round, a.Value)).ToList()));
            }
        }
        return charts;
    }

    /// <summary>The counters of the rounds, unfolded into one value per answer (no order, no person: just the scores).</summary>
    private async Task<List<(int Round, int QuestionId, int? UnitId, int Value)>> AnswersAsync(int surveyId, List<int> rounds, CancellationToken ct)
    {
        var counts = await db.Set<PulseAnswerCount>().AsNoTracking().Where(c => c.SurveyId == surveyId && rounds.Contains(c.Round) && c.Count > 0)
            .Select(c => new { c.Round, c.QuestionId, c.UnitId, c.Value, c.Count }).ToListAsync(ct);
        return counts.SelectMany(c => Enumerable.Repeat((c.Round, c.QuestionId, c.UnitId == PulseAnswerCount.NoUnit ? null : (int?)c.UnitId, c.Value), c.Count)).ToList();
    }

    private static string Measure(PulseQuestion q) => q.Scale == PulseScale.ZeroToTen ? "eNPS" : "Snitt (1–5)";

    private static ChartData Latest(PulseSurvey survey, PulseQuestion q, int round, List<PulseResult> results) =>
        new($"puls-{q.Id}", q.Shown,
            q.Scale == PulseScale.ZeroToTen
                ? "Siste avsluttede runde. eNPS er prosent som svarte 9–10 minus prosent som svarte 0–6. Enheter med færre enn 5 svar vises bare samlet i sektoren eller hele kommunen, og en gruppe holdes også tilbake når den ellers kunne regnes ut ved å trekke tall fra hverandre."
                : "Siste avsluttede runde. Snitt der 1 er helt uenig og 5 er helt enig. Enheter med færre enn 5 svar vises bare samlet i sektoren eller hele kommunen, og en gruppe holdes også tilbake når den ellers kunne regnes ut ved å trekke tall fra hverandre.",
            "Gruppe", results.Select(r => r.Name).ToList(),
            [
                new ChartSeries(Measure(q), results.Select(r => (double?)r.Value).ToList()),
                new ChartSeries("Antall svar", results.Select(r => (double?)r.Answers).ToList(), Plotted: false),
            ], ChartKind.Bars, Section: Section);

    private static ChartData Trend(PulseSurvey survey, PulseQuestion q, List<int> rounds, List<(int Round, int Value)> answers)
    {
        var ordered = rounds.Order().ToList();
        var values = ordered.Select(r => answers.Where(a => a.Round == r).Select(a => a.Value).ToList())
            .Select(v => v.Count >= PulseRollup.MinimumAnswers ? PulseResult.Score(q.Scale, v) : (double?)null).ToList();
        return new($"puls-{q.Id}-utvikling", $"{q.Shown} – utvikling",
            q.Scale == PulseScale.ZeroToTen
                ? "Hele kommunen per runde. eNPS er prosent som svarte 9–10 minus prosent som svarte 0–6. Den første runden er utgangspunktet."
                : "Hele kommunen per runde, snitt der 1 er helt uenig og 5 er helt enig. Den første runden er utgangspunktet.", "Runde",
            ordered.Select(r => OsloTime.DisplayDate(PulseRounds.OpensAt(survey, r))).ToList(),
            [
                new ChartSeries(Measure(q), values),
                new ChartSeries("Antall svar", ordered.Select(r => answers.Count(a => a.Round == r)).Select(n => n >= PulseRollup.MinimumAnswers ? (double?)n : null).ToList(), Plotted: false),
            ], ChartKind.Trend, 0, 0, Section);
    }
}
