namespace Intranet.Newsletter.Models;

/// <summary>One person on an event's list: a confirmed seat or a place on the waiting list (oldest first).</summary>
public class EventSignup
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public SignupStatus Status { get; set; }
    public DateTimeOffset SignedUpAt { get; set; }
}
