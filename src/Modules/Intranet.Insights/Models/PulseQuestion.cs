namespace Intranet.Insights.Models;

public class PulseQuestion
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
    public PulseScale Scale { get; set; }
}
