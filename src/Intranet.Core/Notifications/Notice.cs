namespace Intranet.Core.Notifications;

/// <summary>One in-app notification to send: to whom, what it says, where it leads, and its dedup key.</summary>
public sealed record Notice(string UserId, string Title, string Url, string DedupKey);
