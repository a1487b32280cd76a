using Intranet.Insights.Models;

namespace Intranet.Insights.Pulse;

/// <summary>
/// What may change once people have answered. Answers are stored by round number and question, so anything that
/// would give a stored answer another meaning is refused: moving the first round or changing the recurrence (round
/// n would get other dates), reopening a closed round (results are shown; late answers would move them), changing
/// the scale of an answered question (a 4 of 1–5 is not a 4 of 0–10) and removing an answered question. Texts may be
/// corrected, questions added, a round closed early by shortening it, and the survey paused.
/// </summary>
internal static class PulseEditRules
{
    public static void Check(PulseSurvey survey, PulseSurveyInput input, DateTimeOffset startsAt, List<PulseQuestion> questions,
        IReadOnlyCollection<int> answered, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        var ownIds = survey.Questions.Select(q => q.Id).ToHashSet();
        // An id that is not this survey's (tampered or stale form) is a new question.
        questions.Where(q => !ownIds.Contains(q.Id)).ToList().ForEach(q => q.Id = 0);
        if (answered.Count > 0) CheckSchedule(survey, input, startsAt, now, errors);
        foreach (var existing in survey.Questions.Where(q => answered.Contains(q.Id)))
        {
            var kept = questions.FirstOrDefault(q => q.Id == existing.Id);
            if (kept is null)
                errors[$"Input.Questions[{SlotOf(input, existing)}]"] = ["Spørsmålet har svar og kan ikke fjernes. Sett heller undersøkelsen på pause og lag en ny."];
            else if (kept.Scale != existing.Scale)
                errors[$"Input.Scales[{kept.Order}]"] = ["Skalaen kan ikke endres fordi spørsmålet har svar. Lag et nytt spørsmål med den nye skalaen i stedet."];
        }
    }

    private static void CheckSchedule(PulseSurvey survey, PulseSurveyInput input, DateTimeOffset startsAt, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (startsAt != survey.StartsAt)
            errors["Input.StartsOn"] = ["Første runde kan ikke flyttes etter at noen har svart: svarene ville hørt til runder med andre datoer."];
        if (input.RecurrenceMonths != survey.RecurrenceMonths)
            errors["Input.RecurrenceMonths"] = ["Hvor ofte undersøkelsen gjentas kan ikke endres etter at noen har svart."];
        var changed = new PulseSurvey { StartsAt = survey.StartsAt, RecurrenceMonths = survey.RecurrenceMonths, OpenDays = input.OpenDays, Active = true };
        var closedNow = PulseRounds.ClosedRounds(survey, now).ToHashSet();
        if (!closedNow.IsSubsetOf(PulseRounds.ClosedRounds(changed, now)))
            errors["Input.OpenDays"] = ["En runde som er lukket kan ikke åpnes igjen. Velg så få dager at lukkede runder forblir lukket."];
    }

    /// <summary>The form slot that held the question (its order when the form did not send its id).</summary>
    private static int SlotOf(PulseSurveyInput input, PulseQuestion question)
    {
        var slot = input.QuestionIds.IndexOf(question.Id);
        return slot >= 0 ? slot : Math.Clamp(question.Order, 0, PulseSurveyInput.QuestionSlots - 1);
    }
}
