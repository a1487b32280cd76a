using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Pulse;

/// <summary>Creating, pausing and deleting pulse surveys (communications staff).</summary>
public sealed class PulseAdmin(IntranetDbContext db, IClock clock)
{
    public static readonly int[] Recurrences = [0, 1, 3, 6, 12];

    public Task<List<PulseSurvey>> ListAsync(CancellationToken ct) =>
        db.Set<PulseSurvey>().AsNoTracking().Include(s => s.Questions).OrderByDescending(s => s.StartsAt).ToListAsync(ct);

    public async Task<PulseSurvey> CreateAsync(PulseSurveyInput input, CancellationToken ct)
    {
        var (startsAt, questions) = Validate(input);
        var survey = new PulseSurvey
        {
            Title = input.Title!.Trim(), Intro = input.Intro?.Trim() ?? "", StartsAt = startsAt, OpenDays = input.OpenDays,
            RecurrenceMonths = input.RecurrenceMonths, CreatedAt = clock.UtcNow, Questions = questions,
        };
        db.Add(survey);
        await db.SaveChangesAsync(ct);
        return survey;
    }

    public async Task SetActiveAsync(int id, bool active, CancellationToken ct) =>
        await db.Set<PulseSurvey>().Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Active, active), ct);

    public async Task DeleteAsync(int id, CancellationToken ct)
    {
        // Answers reference questions without cascade (so a question can never silently lose answers): remove them first.
        await db.Set<PulseAnswer>().Where(a => a.SurveyId == id).ExecuteDeleteAsync(ct);
        await db.Set<PulseSurvey>().Where(s => s.Id == id).ExecuteDeleteAsync(ct);
    }

    private static (DateTimeOffset StartsAt, List<PulseQuestion> Questions) Validate(PulseSurveyInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title)) errors["Input.Title"] = ["Skriv en tittel."];
        else if (input.Title.Length > 200) errors["Input.Title"] = ["Tittelen kan ha høyst 200 tegn."];
        if ((input.Intro?.Length ?? 0) > 2000) errors["Input.Intro"] = ["Innledningen kan ha høyst 2000 tegn."];
        var startsAt = OsloTime.FromInput(input.StartsOn + "T00:00");
        if (startsAt is null) errors["Input.StartsOn"] = ["Skriv en gyldig dato."];
        if (input.OpenDays is < 1 or > 60) errors["Input.OpenDays"] = ["Velg mellom 1 og 60 dager."];
        if (!Recurrences.Contains(input.RecurrenceMonths)) errors["Input.RecurrenceMonths"] = ["Velg hvor ofte undersøkelsen gjentas."];
        else if (input.RecurrenceMonths > 0 && input.OpenDays > input.RecurrenceMonths * 28) errors["Input.OpenDays"] = ["En runde må lukkes før neste åpner."];
        var questions = input.Questions.Select((text, i) => (Text: text?.Trim(), i)).Where(q => !string.IsNullOrEmpty(q.Text))
            .Select(q => new PulseQuestion { Order = q.i, Text = q.Text!, Scale = q.i < input.Scales.Count ? input.Scales[q.i] : PulseScale.OneToFive }).ToList();
        if (questions.Count == 0) errors["Input.Questions[0]"] = ["Skriv minst ett spørsmål."];
        foreach (var q in questions.Where(q => q.Text.Length > 500)) errors[$"Input.Questions[{q.Order}]"] = ["Spørsmålet kan ha høyst 500 tegn."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return (startsAt!.Value, questions);
    }
}
