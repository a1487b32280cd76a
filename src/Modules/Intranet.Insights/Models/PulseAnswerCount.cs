namespace Intranet.Insights.Models;

/// <summary>
/// How many people in a unit gave a question one score in one round: a counter, incremented in place. There is no
/// row per answer, no user, no time and no generated id, so nothing stored can be ordered by or joined to the
/// "has answered" markers. All of a unit's rows for a round (every question, every score on the scale) are created
/// together and rewritten together by every answer from that unit (see <see cref="Pulse.PulseCounters"/>).
/// <see cref="UnitId"/> is 0 for people without a unit; a removed unit's counts stay and count in the municipality.
/// </summary>
public class PulseAnswerCount
{
    public const int NoUnit = 0;

    public int SurveyId { get; set; }
    public int Round { get; set; }
    public int QuestionId { get; set; }
    public int UnitId { get; set; }
    public int Value { get; set; }
    public int Count { get; set; }
}
