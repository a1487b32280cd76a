using Intranet.Core.Notifications;

namespace Intranet.Stories.Services;

/// <summary>The notification titles the stories module sends (registered so /varsler can show them in nynorsk).</summary>
public static class StoryNotifications
{
    public static readonly NotificationTemplate Commented = new("{0} kommenterte «{1}»");
    public static readonly NotificationTemplate Approved = new("Historien «{0}» er godkjent");
    public static readonly NotificationTemplate ChangesRequested = new("Historien «{0}» trenger endringer");
    public static readonly NotificationTemplate Rejected = new("Historien «{0}» ble avvist");

    public static readonly IReadOnlyList<NotificationTemplate> All = [Commented, Approved, ChangesRequested, Rejected];
}
