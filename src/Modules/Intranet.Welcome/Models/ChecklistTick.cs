namespace Intranet.Welcome.Models;

/// <summary>A new hire has ticked a checklist item off.</summary>
public class ChecklistTick
{
    public string UserId { get; set; } = "";
    public int ChecklistItemId { get; set; }
    public DateTimeOffset TickedAt { get; set; }
}
