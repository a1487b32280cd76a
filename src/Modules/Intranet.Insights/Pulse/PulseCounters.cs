using Intranet.Core.Data;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Pulse;

/// <summary>
/// Adds one person's answers to the counters of their unit. Nothing per answer is stored: the counters of
/// (survey, round, unit) exist for every question and every score, are created together the first time anyone in the
/// unit answers the round (so the order rows were created in says nothing about scores), and every answer rewrites
/// all of them in one statement (count + 1 where chosen, + 0 elsewhere). On PostgreSQL every row of the unit therefore
/// carries the same transaction id (xmin), so it does not tell which scores the last person chose.
/// </summary>
public sealed class PulseCounters(IntranetDbContext db)
{
    private const int Attempts = 3;

    public async Task AddAsync(PulseSurvey survey, int round, int unitId, IReadOnlyDictionary<int, int> chosen, CancellationToken ct)
    {
        // Question id and score (0–10) in one number, so the statement can test membership in a single list.
        var keys = chosen.Select(c => c.Key * 16 + c.Value).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                try
                {
                    await EnsureRowsAsync(survey, round, unitId, ct);
                    await db.Set<PulseAnswerCount>().Where(c => c.SurveyId == survey.Id && c.Round == round && c.UnitId == unitId)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + (keys.Contains(c.QuestionId * 16 + c.Value) ? 1 : 0)), ct);
                    await tx.CommitAsync(ct);
                    return;
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Someone else in the unit created the rows at the same moment: start again, they exist now.
                    await tx.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }
        });
    }

    /// <summary>Creates the unit's missing counters (every question × every score), in an order that does not depend on any answer.</summary>
    private async Task EnsureRowsAsync(PulseSurvey survey, int round, int unitId, CancellationToken ct)
    {
        var existing = (await db.Set<PulseAnswerCount>().AsNoTracking().Where(c => c.SurveyId == survey.Id && c.Round == round && c.UnitId == unitId)
            .Select(c => new { c.QuestionId, c.Value }).ToListAsync(ct)).Select(c => (c.QuestionId, c.Value)).ToHashSet();
        var missing = survey.Questions.OrderBy(q => q.Id)
            .SelectMany(q => Enumerable.Range(q.Scale.Min(), q.Scale.Max() - q.Scale.Min() + 1).Select(v => (q.Id, Value: v)))
            .Where(k => !existing.Contains(k)).ToList();
        if (missing.Count == 0) return;
        foreach (var (question, value) in missing)
            db.Add(new PulseAnswerCount { SurveyId = survey.Id, Round = round, QuestionId = question, UnitId = unitId, Value = value });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
