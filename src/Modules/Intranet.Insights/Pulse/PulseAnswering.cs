using System.Security.Claims;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Pulse;

/// <summary>
/// Takes an employee's answers to the open round. First the "has answered" marker (user, round) is committed — its
/// key refuses a second answer, also from two tabs at once — then, in a separate transaction, the scores are added
/// to the unit's counters (<see cref="PulseCounters"/>). No stored row holds an answer of one person.
/// </summary>
public sealed class PulseAnswering(IntranetDbContext db, IClock clock, PulseCounters counters)
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
        try
        {
            db.Add(new PulseHasAnswered { SurveyId = survey.Id, Round = round, UserId = userId });
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person answered in another tab a moment ago: the has-answered key refused this one.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        var chosen = survey.Questions.ToDictionary(q => q.Id, q => values[q.Id]!.Value);
        await counters.AddAsync(survey, round, user.UnitId() ?? PulseAnswerCount.NoUnit, chosen, ct);
        return true;
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
