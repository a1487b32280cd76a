namespace Intranet.Insights.Models;

public class PulseQuestion
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int Order { get; set; }
    /// <summary>The question in bokmål.</summary>
    public string Text { get; set; } = "";
    /// <summary>The question in nynorsk; empty means the bokmål text is shown to nynorsk readers too.</summary>
    public string? TextNn { get; set; }
    public PulseScale Scale { get; set; }

    /// <summary>The text in the reader's language.</summary>
    public string Shown => Core.Localization.Cultures.IsNynorsk && !string.IsNullOrWhiteSpace(TextNn) ? TextNn : Text;
}
