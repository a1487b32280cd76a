namespace Intranet.Welcome.Services;

/// <summary>A new welcome meeting as typed in the admin form: date and times in Norwegian local time.</summary>
public sealed class MeetingDraft
{
    public string? Title { get; set; }
    public string? TitleNn { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Starts { get; set; }
    public TimeOnly? Ends { get; set; }
    public string? Place { get; set; }
    public int? Capacity { get; set; }
    public string? Description { get; set; }
}
