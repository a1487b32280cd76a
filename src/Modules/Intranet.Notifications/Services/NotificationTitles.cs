using Intranet.Core.Localization;
using Intranet.Core.Notifications;
using Microsoft.Extensions.Localization;

namespace Intranet.Notifications.Services;

/// <summary>Shows a stored (bokmål) notification title in the reader's written standard, using the modules' templates.</summary>
public sealed class NotificationTitles(IEnumerable<NotificationTemplate> templates, IStringLocalizer localizer)
{
    public string Shown(string title)
    {
        if (!Cultures.IsNynorsk) return title;
        foreach (var template in templates)
            if (template.TryShow(title, localizer, out var shown)) return shown;
        return title;
    }
}
