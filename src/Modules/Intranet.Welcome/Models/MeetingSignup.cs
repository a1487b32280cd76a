namespace Intranet.Welcome.Models;

public class MeetingSignup
{
    public int MeetingId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset SignedUpAt { get; set; }
}
