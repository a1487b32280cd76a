using Intranet.Core.Notifications;

namespace Intranet.Newsletter.Events;

/// <summary>The notification titles about events (registered so /varsler can show them in nynorsk).</summary>
public static class EventNotifications
{
    public static readonly NotificationTemplate SeatGiven = new("Du har fått plass på «{0}»");

    public static readonly IReadOnlyList<NotificationTemplate> All = [SeatGiven];
}
