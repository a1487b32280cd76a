using Intranet.Core.Cluster;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Cluster.Tests;

/// <summary>A run-once job for the test: each run writes one Settings row named after its period and node.</summary>
public sealed class CountingJob(IServiceScopeFactory scopes, IClock clock, ILogger<CountingJob> logger)
    : SingletonBackgroundJob(scopes, clock, logger)
{
    public const string Prefix = StateKeys.Prefix + "cluster-test-job:";

    protected override string JobName => "cluster-test-job";
    protected override TimeSpan Period => TimeSpan.FromSeconds(1);
    protected override TimeSpan LeaseDuration => TimeSpan.FromSeconds(3);
    protected override TimeSpan CheckInterval => TimeSpan.FromMilliseconds(150);

    protected override async Task RunAsync(IServiceProvider services, long slot, CancellationToken ct)
    {
        var node = services.GetRequiredService<NodeIdentity>().Id;
        var db = services.GetRequiredService<IntranetDbContext>();
        db.Settings.Add(new Setting { Key = $"{Prefix}{slot}:{node}", Value = node });
        await db.SaveChangesAsync(ct);
    }
}
