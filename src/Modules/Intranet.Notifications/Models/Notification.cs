namespace Intranet.Notifications.Models;

/// <summary>An in-app message to one user ("Historien din er godkjent"), read or not yet read.</summary>
public class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    /// <summary>What the message is about (e.g. "story:12:review:3"); unique per user so nothing is sent twice.</summary>
    public string DedupKey { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
