namespace Intranet.Insights.Models;

/// <summary>
/// One anonymous answer to one question: no user, no timestamp, and a random key (no insertion order in the id).
/// The unit is kept so results can be shown per unit when at least five answered (see PulseRollup).
/// </summary>
public class PulseAnswer
{
    public Guid Id { get; set; }
    public int SurveyId { get; set; }
    public int Round { get; set; }
    public int QuestionId { get; set; }
    public int? UnitId { get; set; }
    public int Value { get; set; }
}
