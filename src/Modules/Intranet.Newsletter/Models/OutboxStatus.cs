namespace Intranet.Newsletter.Models;

/// <summary>Where an outgoing mail is in the outbox (see MailOutbox for the state machine).</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its first or next attempt (<see cref="OutboxMessage.NextAttemptAt"/>).</summary>
    Pending = 0,
    /// <summary>Claimed by a sender; the server may or may not have it yet.</summary>
    Sending = 1,
    Sent = 2,
    /// <summary>Nothing new for this period: recorded so the period is not composed again, never sent.</summary>
    Empty = 3,
    /// <summary>Gave up after too many attempts that certainly did not deliver.</summary>
    Failed = 4,
    /// <summary>A sender died or lost the connection while the message was with the server: not resent (at most once).</summary>
    Unknown = 5,
}
