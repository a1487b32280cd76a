namespace Intranet.Insights.Models;

/// <summary>
/// "This user has answered this round": enforces one answer per person and round. Holds no answer and no time, and
/// is committed in a transaction of its own before the scores are added to <see cref="PulseAnswerCount"/>.
/// </summary>
public class PulseHasAnswered
{
    public int SurveyId { get; set; }
    public int Round { get; set; }
    public string UserId { get; set; } = "";
}
