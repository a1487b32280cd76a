using Intranet.Core.Notifications;

namespace Intranet.Values.Services;

/// <summary>The notification titles about value roses (registered so /varsler can show them in nynorsk).</summary>
public static class PraiseNotifications
{
    public static readonly NotificationTemplate ToPerson = new("{0} har gitt deg en verdirose");
    public static readonly NotificationTemplate ToUnit = new("{0} har gitt {1} en verdirose");

    public static readonly IReadOnlyList<NotificationTemplate> All = [ToPerson, ToUnit];
}
