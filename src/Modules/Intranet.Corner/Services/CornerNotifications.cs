using Intranet.Core.Notifications;

namespace Intranet.Corner.Services;

/// <summary>The notification titles the corner sends (registered so /varsler can show them in nynorsk).</summary>
public static class CornerNotifications
{
    public static readonly NotificationTemplate Answered = new("Kommunedirektøren har svart på spørsmålet ditt");

    public static readonly IReadOnlyList<NotificationTemplate> All = [Answered];
}
