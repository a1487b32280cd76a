using Intranet.Core.Notifications;

namespace Intranet.News.Services;

/// <summary>The notification titles the news module sends (registered so /varsler can show them in nynorsk).</summary>
public static class NewsNotifications
{
    public static readonly NotificationTemplate MustRead = new("Viktig nyhet – les og bekreft: {0}");
    public static readonly NotificationTemplate Reminder = new("Påminnelse: bekreft at du har lest «{0}»");

    public static readonly IReadOnlyList<NotificationTemplate> All = [MustRead, Reminder];
}
