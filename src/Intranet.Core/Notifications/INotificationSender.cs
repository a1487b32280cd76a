namespace Intranet.Core.Notifications;

/// <summary>
/// Sends an in-app notification to one user. The same <paramref name="dedupKey"/> for the same user is
/// stored only once, so a retried or repeated step never notifies twice.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(string userId, string title, string url, string dedupKey, CancellationToken ct = default);
}
