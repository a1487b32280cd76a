using Intranet.Insights.Models;

namespace Intranet.Insights.Pulse;

/// <summary>What communications staff type on /admin/puls (bound from the form).</summary>
public sealed class PulseSurveyInput
{
    public const int QuestionSlots = 5;

    public string? Title { get; set; }
    public string? Intro { get; set; }
    /// <summary>Date the first round opens (yyyy-MM-dd, Norwegian time, 00:00).</summary>
    public string? StartsOn { get; set; }
    public int OpenDays { get; set; } = 14;
    public int RecurrenceMonths { get; set; } = 3;
    public List<string?> Questions { get; set; } = [.. Enumerable.Repeat<string?>(null, QuestionSlots)];
    public List<PulseScale> Scales { get; set; } = [.. Enumerable.Repeat(PulseScale.OneToFive, QuestionSlots)];
}
