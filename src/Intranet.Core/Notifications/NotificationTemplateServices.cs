using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Notifications;

public static class NotificationTemplateServices
{
    /// <summary>Registers a module's notification titles, so /varsler can show the stored ones in nynorsk.</summary>
    public static IServiceCollection AddNotificationTemplates(this IServiceCollection services, IEnumerable<NotificationTemplate> templates)
    {
        foreach (var template in templates) services.AddSingleton(template);
        return services;
    }
}
