using Intranet.Core.Time;
using Intranet.Insights.Models;

namespace Intranet.Insights.Pulse;

/// <summary>What communications staff type on /admin/puls and /admin/puls/{id}/endre (bound from the form).</summary>
public sealed class PulseSurveyInput
{
    public const int QuestionSlots = 5;

    public string? Title { get; set; }
    public string? Intro { get; set; }
    /// <summary>Date the first round opens (yyyy-MM-dd, Norwegian time, 00:00).</summary>
    public string? StartsOn { get; set; }
    public int OpenDays { get; set; } = 14;
    public int RecurrenceMonths { get; set; } = 3;
    /// <summary>Paused surveys open no round.</summary>
    public bool Active { get; set; } = true;
    /// <summary>The id of the question in each slot when editing (empty for a new question).</summary>
    public List<int?> QuestionIds { get; set; } = [.. Enumerable.Repeat<int?>(null, QuestionSlots)];
    public List<string?> Questions { get; set; } = [.. Enumerable.Repeat<string?>(null, QuestionSlots)];
    public List<string?> QuestionsNn { get; set; } = [.. Enumerable.Repeat<string?>(null, QuestionSlots)];
    public List<PulseScale> Scales { get; set; } = [.. Enumerable.Repeat(PulseScale.OneToFive, QuestionSlots)];

    public static PulseSurveyInput From(PulseSurvey survey)
    {
        var input = new PulseSurveyInput
        {
            Title = survey.Title, Intro = survey.Intro, StartsOn = OsloTime.ToInput(survey.StartsAt)[..10], OpenDays = survey.OpenDays,
            RecurrenceMonths = survey.RecurrenceMonths, Active = survey.Active,
        };
        foreach (var (q, i) in survey.Questions.OrderBy(q => q.Order).Take(QuestionSlots).Select((q, i) => (q, i)))
            (input.QuestionIds[i], input.Questions[i], input.QuestionsNn[i], input.Scales[i]) = (q.Id, q.Text, q.TextNn, q.Scale);
        return input;
    }

    public T Slot<T>(List<T> list, int i, T fallback) => i < list.Count ? list[i] : fallback;
}
