using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Pulse;

/// <summary>Creating, editing, pausing and deleting pulse surveys (communications staff).</summary>
public sealed class PulseAdmin(IntranetDbContext db, IClock clock)
{
    public static int[] Recurrences => PulseSurveyValidator.Recurrences;

    public Task<List<PulseSurvey>> ListAsync(CancellationToken ct) =>
        db.Set<PulseSurvey>().AsNoTracking().Include(s => s.Questions).OrderByDescending(s => s.StartsAt).ToListAsync(ct);

    public Task<PulseSurvey?> FindAsync(int id, CancellationToken ct) =>
        db.Set<PulseSurvey>().AsNoTracking().Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>Ids of the survey's questions that have answers (their scale and existence are then fixed).</summary>
    public Task<List<int>> AnsweredQuestionsAsync(int surveyId, CancellationToken ct) =>
        db.Set<PulseAnswerCount>().Where(c => c.SurveyId == surveyId && c.Count > 0).Select(c => c.QuestionId).Distinct().ToListAsync(ct);

    public async Task<PulseSurvey> CreateAsync(PulseSurveyInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (startsAt, questions) = PulseSurveyValidator.Check(input, errors);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        questions.ForEach(q => q.Id = 0);
        var survey = new PulseSurvey
        {
            Title = input.Title!.Trim(), Intro = input.Intro?.Trim() ?? "", StartsAt = startsAt!.Value, OpenDays = input.OpenDays,
            RecurrenceMonths = input.RecurrenceMonths, Active = input.Active, CreatedAt = clock.UtcNow, Questions = questions,
        };
        db.Add(survey);
        await db.SaveChangesAsync(ct);
        return survey;
    }

    /// <summary>Applies an edit; refuses (by field) anything that would change the meaning of answers already given. False when not found.</summary>
    public async Task<bool> UpdateAsync(int id, PulseSurveyInput input, CancellationToken ct)
    {
        var survey = await db.Set<PulseSurvey>().Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null) return false;
        var errors = new Dictionary<string, string[]>();
        var (startsAt, questions) = PulseSurveyValidator.Check(input, errors);
        // The form shows the date only: an unchanged date keeps the stored time of day.
        if (input.StartsOn == OsloTime.ToInput(survey.StartsAt)[..10]) startsAt = survey.StartsAt;
        var answered = await AnsweredQuestionsAsync(id, ct);
        if (startsAt is not null) PulseEditRules.Check(survey, input, startsAt!.Value, questions, answered, clock.UtcNow, errors);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        (survey.Title, survey.Intro, survey.StartsAt) = (input.Title!.Trim(), input.Intro?.Trim() ?? "", startsAt!.Value);
        (survey.OpenDays, survey.RecurrenceMonths, survey.Active) = (input.OpenDays, input.RecurrenceMonths, input.Active);
        foreach (var existing in survey.Questions.ToList())
        {
            if (questions.FirstOrDefault(q => q.Id == existing.Id) is { } kept)
                (existing.Order, existing.Text, existing.TextNn, existing.Scale) = (kept.Order, kept.Text, kept.TextNn, kept.Scale);
            else survey.Questions.Remove(existing);
        }
        var known = survey.Questions.Select(q => q.Id).ToHashSet();
        foreach (var added in questions.Where(q => !known.Contains(q.Id)))
            survey.Questions.Add(new PulseQuestion { Order = added.Order, Text = added.Text, TextNn = added.TextNn, Scale = added.Scale });
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task SetActiveAsync(int id, bool active, CancellationToken ct) =>
        await db.Set<PulseSurvey>().Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Active, active), ct);

    public async Task DeleteAsync(int id, CancellationToken ct)
    {
        // Answer counters reference questions without cascade (so a question can never silently lose answers): remove them first.
        await db.Set<PulseAnswerCount>().Where(c => c.SurveyId == id).ExecuteDeleteAsync(ct);
        await db.Set<PulseSurvey>().Where(s => s.Id == id).ExecuteDeleteAsync(ct);
    }
}
