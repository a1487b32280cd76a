using System.Security.Claims;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Pulse;

/// <summary>
/// Takes an employee's answers to the open round: the "has answered" row (user, round) and the answer rows
/// (no user, no time, random ids) are written in one transaction, so one answer per person is enforced without
/// linking answers to the person.
/// </summary>
public sealed class PulseAnswering(IntranetDbContext db, IClock clock)
{
    /// <summary>Open surveys the user has not answered in their current round.</summary>
    public async Task<List<(PulseSurvey Survey, int Round)>> PendingAsync(string userId, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var surveys = await db.Set<PulseSurvey>().AsNoTracking().Include(s => s.Questions).Where(s => s.Active).ToListAsync(ct);
        var open = surveys.Select(s => (Survey: s, Round: PulseRounds.OpenRound(s, now))).Where(x => x.Round is not null).ToList();
        var result = new List<(PulseSurvey, int)>();
        foreach (var (survey, round) in open)
            if (!await HasAnsweredAsync(survey.Id, round!.Value, userId, ct)) result.Add((survey, round.Value));
        return result;
    }

    public Task<bool> HasAnsweredAsync(int surveyId, int round, string userId, CancellationToken ct) =>
        db.Set<PulseHasAnswered>().AnyAsync(h => h.SurveyId == surveyId && h.Round == round && h.UserId == userId, ct);

    /// <summary>Validates every question's value (field q{id}); false when the user already answered this round.</summary>
    public async Task<bool> AnswerAsync(PulseSurvey survey, int round, ClaimsPrincipal user, IReadOnlyDictionary<int, int?> values, CancellationToken ct)
    {
        var userId = user.UserId() ?? throw new InvalidOperationException("Bare innloggede kan svare.");
        Validate(survey, values);
        if (await HasAnsweredAsync(survey.Id, round, userId, ct)) return false;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Add(new PulseHasAnswered { SurveyId = survey.Id, Round = round, UserId = userId });
            foreach (var q in survey.Questions)
                db.Add(new PulseAnswer { Id = Guid.NewGuid(), SurveyId = survey.Id, Round = round, QuestionId = q.Id, UnitId = user.UnitId(), Value = values[q.Id]!.Value });
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return true;
            }
            catch (DbUpdateException)
            {
                // The same person answered in another tab a moment ago: the has-answered key refused this one.
                db.ChangeTracker.Clear();
                return false;
            }
        });
    }

    private static void Validate(PulseSurvey survey, IReadOnlyDictionary<int, int?> values)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var q in survey.Questions)
        {
            if (values.GetValueOrDefault(q.Id) is not int v)
                errors[$"q{q.Id}"] = ["Velg et svar."];
            else if (v < q.Scale.Min() || v > q.Scale.Max())
                errors[$"q{q.Id}"] = ["Velg et svar på skalaen."];
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
