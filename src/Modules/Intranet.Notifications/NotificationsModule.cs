using Intranet.Core.Modules;
using Intranet.Core.Notifications;
using Intranet.Notifications.Models;
using Intranet.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Notifications;

/// <summary>
/// In-app notifications: the shared <see cref="INotificationSender"/>, the bell in the header and /varsler.
/// Kept small on purpose; the Newsletter issue extends it (digests, e-mail).
/// </summary>
public sealed class NotificationsModule : IIntranetModule
{
    public string Name => "Notifications";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<INotificationSender, NotificationSender>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationTitles>();
        services.AddScoped<BulkNotificationWriter>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => NotificationsModel.Configure(modelBuilder);
}
