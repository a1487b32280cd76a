namespace Intranet.Core.Notifications;

/// <summary>
/// Sends in-app notifications. The same dedup key for the same user is stored only once, so a retried or
/// repeated step never notifies twice.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(string userId, string title, string url, string dedupKey, CancellationToken ct = default);

    /// <summary>
    /// Sends many at once (e.g. a must-read item for the whole municipality): a few queries and inserts per
    /// chunk of people instead of round trips per person. Returns how many were new.
    /// </summary>
    Task<int> SendManyAsync(IReadOnlyCollection<Notice> notices, CancellationToken ct = default);
}
