using Intranet.Core.Time;
using Intranet.Insights.Models;

namespace Intranet.Insights.Pulse;

/// <summary>Field checks of a typed survey (errors keyed by form field, Norwegian messages) and the questions it describes.</summary>
internal static class PulseSurveyValidator
{
    public static readonly int[] Recurrences = [0, 1, 3, 6, 12];

    public static (DateTimeOffset? StartsAt, List<PulseQuestion> Questions) Check(PulseSurveyInput input, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(input.Title)) errors["Input.Title"] = ["Skriv en tittel."];
        else if (input.Title.Length > 200) errors["Input.Title"] = ["Tittelen kan ha høyst 200 tegn."];
        if ((input.Intro?.Length ?? 0) > 2000) errors["Input.Intro"] = ["Innledningen kan ha høyst 2000 tegn."];
        var startsAt = OsloTime.FromInput(input.StartsOn + "T00:00");
        if (startsAt is null) errors["Input.StartsOn"] = ["Skriv en gyldig dato."];
        if (input.OpenDays is < 1 or > 60) errors["Input.OpenDays"] = ["Velg mellom 1 og 60 dager."];
        if (!Recurrences.Contains(input.RecurrenceMonths)) errors["Input.RecurrenceMonths"] = ["Velg hvor ofte undersøkelsen gjentas."];
        else if (input.RecurrenceMonths > 0 && input.OpenDays > input.RecurrenceMonths * 28) errors["Input.OpenDays"] = ["En runde må lukkes før neste åpner."];
        var questions = Questions(input);
        if (questions.Count == 0) errors["Input.Questions[0]"] = ["Skriv minst ett spørsmål."];
        foreach (var q in questions.Where(q => q.Text.Length > 500)) errors[$"Input.Questions[{q.Order}]"] = ["Spørsmålet kan ha høyst 500 tegn."];
        foreach (var q in questions.Where(q => q.TextNn?.Length > 500)) errors[$"Input.QuestionsNn[{q.Order}]"] = ["Spørsmålet kan ha høyst 500 tegn."];
        return (startsAt, questions);
    }

    /// <summary>The filled-in slots as questions (Order = slot); Id is the slot's question id when editing, else 0.</summary>
    private static List<PulseQuestion> Questions(PulseSurveyInput input) =>
        Enumerable.Range(0, PulseSurveyInput.QuestionSlots)
            .Select(i => (i, Text: input.Slot(input.Questions, i, null)?.Trim()))
            .Where(q => !string.IsNullOrEmpty(q.Text))
            .Select(q => new PulseQuestion
            {
                Id = input.Slot(input.QuestionIds, q.i, null) ?? 0, Order = q.i, Text = q.Text!,
                TextNn = input.Slot(input.QuestionsNn, q.i, null)?.Trim() is { Length: > 0 } nn ? nn : null,
                Scale = input.Slot(input.Scales, q.i, PulseScale.OneToFive),
            }).ToList();
}
