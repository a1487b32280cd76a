using Intranet.Core.Cluster;
using Intranet.Core.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Insights.Tracking;

/// <summary>Runs <see cref="ReaderRollup"/> once an hour on one node of the cluster.</summary>
public sealed class ReaderRollupJob(IServiceScopeFactory scopes, IClock clock, ILogger<ReaderRollupJob> logger)
    : SingletonBackgroundJob(scopes, clock, logger)
{
    protected override string JobName => "insights.reader-rollup";
    protected override TimeSpan Period => TimeSpan.FromHours(1);

    protected override Task RunAsync(IServiceProvider services, long slot, CancellationToken ct) =>
        services.GetRequiredService<ReaderRollup>().RunAsync(ct);
}
