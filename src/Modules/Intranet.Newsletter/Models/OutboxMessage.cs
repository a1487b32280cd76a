namespace Intranet.Newsletter.Models;

/// <summary>
/// One mail to one recipient. The unique (UserId, DedupKey) pair ("digest:w:2027-W02", "newsletter:7") is the
/// "record per recipient per period": it is written before anything is sent, so no period is mailed twice.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string DedupKey { get; set; } = "";
    public string ToAddress { get; set; } = "";
    public string ToName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";
    public int ItemCount { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}
