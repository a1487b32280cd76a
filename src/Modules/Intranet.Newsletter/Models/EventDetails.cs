namespace Intranet.Newsletter.Models;

/// <summary>
/// The event-specific part of an Article of kind "event" (same id): when, where and how many seats.
/// <see cref="Taken"/> counts confirmed seats and is only changed by conditional updates (see SeatAllocator).
/// </summary>
public class EventDetails
{
    public int ArticleId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string Place { get; set; } = "";
    /// <summary>Null: no limit, no sign-up list needed but sign-up still possible.</summary>
    public int? Capacity { get; set; }
    public int Taken { get; set; }
    public bool SignupOpen { get; set; } = true;
}
