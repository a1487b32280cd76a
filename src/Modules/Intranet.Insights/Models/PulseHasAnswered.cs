namespace Intranet.Insights.Models;

/// <summary>
/// "This user has answered this round": enforces one answer per person and round. Holds no answer, no time and
/// no order (composite key), so it cannot be joined to <see cref="PulseAnswer"/>.
/// </summary>
public class PulseHasAnswered
{
    public int SurveyId { get; set; }
    public int Round { get; set; }
    public string UserId { get; set; } = "";
}
