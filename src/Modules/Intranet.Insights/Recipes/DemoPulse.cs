using Intranet.Core.Data;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Recipes;

/// <summary>
/// A quarterly demo pulse survey whose first round opened a year ago; the current round is open now. Closed rounds
/// get synthetic answers, stored as counters like real ones: some units with five or more, others with fewer (so the roll-up into sectors shows).
/// </summary>
internal sealed class DemoPulse(IntranetDbContext db, DateTimeOffset now, Random random)
{
    public async Task AddAsync(PulseSeed seed, CancellationToken ct)
    {
        var survey = new PulseSurvey
        {
            Title = seed.Title, Intro = seed.Intro, StartsAt = now.AddMonths(-12).AddDays(-7), OpenDays = 14, RecurrenceMonths = 3, CreatedAt = now,
            Questions = seed.Questions.Select((q, i) => new PulseQuestion { Order = i, Text = q.Text, TextNn = q.TextNn, Scale = q.Scale }).ToList(),
        };
        db.Add(survey);
        await db.SaveChangesAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => u.ParentId != null).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);
        for (var round = 0; round < 4; round++)
            foreach (var unit in units)
            {
                // Every third unit answers too little to be shown on its own.
                var respondents = units.IndexOf(unit) % 3 == 2 ? 2 + random.Next(3) : 5 + random.Next(8);
                var counts = new Dictionary<(int Question, int Value), int>();
                for (var person = 0; person < respondents; person++)
                    foreach (var q in survey.Questions)
                    {
                        var key = (q.Id, Value(q.Scale, round));
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                foreach (var ((question, value), count) in counts)
                    db.Add(new PulseAnswerCount { SurveyId = survey.Id, Round = round, QuestionId = question, UnitId = unit, Value = value, Count = count });
            }
    }

    /// <summary>Answers that improve a little from round to round.</summary>
    private int Value(PulseScale scale, int round)
    {
        var (min, max) = (scale.Min(), scale.Max());
        var centre = min + (max - min) * (0.6 + round * 0.04);
        var value = centre + (random.NextDouble() + random.NextDouble() - 1) * (max - min) * 0.45;
        return Math.Clamp((int)Math.Round(value), min, max);
    }
}
