namespace Intranet.Insights.Models;

/// <summary>
/// A short recurring employee survey (medarbeiderpuls). Round n opens at StartsAt + n × RecurrenceMonths and is
/// open for OpenDays; with RecurrenceMonths 0 there is one round.
/// </summary>
public class PulseSurvey
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Intro { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public int OpenDays { get; set; } = 14;
    public int RecurrenceMonths { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public List<PulseQuestion> Questions { get; set; } = [];
}
