using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Cluster;

/// <summary>Registers the multi-node kernel: node id, leases, and the change-log watcher behind IClusterEvents.</summary>
public static class ClusterServices
{
    public static IServiceCollection AddIntranetCluster(this IServiceCollection services)
    {
        services.AddSingleton<NodeIdentity>();
        services.AddScoped<ClusterLeases>();
        services.AddScoped<ClusterJobJournal>();
        services.AddSingleton<ChangeLogWatcher>();
        services.AddSingleton<IClusterEvents>(sp => sp.GetRequiredService<ChangeLogWatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<ChangeLogWatcher>());
        services.AddSingleton<LocalChangeNudge>();
        return services;
    }
}
