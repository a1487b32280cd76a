namespace Intranet.Welcome.Models;

/// <summary>The buddy (fadder) a unit leader gave a new hire: one per new hire.</summary>
public class BuddyAssignment
{
    public string NewHireId { get; set; } = "";
    public string BuddyId { get; set; } = "";
    public DateTimeOffset AssignedAt { get; set; }
}
