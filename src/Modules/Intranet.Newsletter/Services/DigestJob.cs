using Intranet.Core.Cluster;
using Intranet.Core.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Newsletter.Services;

/// <summary>
/// Every minute, on the one node holding the lease: compose due digests and deliver the outbox (digests, one-off
/// newsletters, retries whose back-off has passed). Idempotent by the outbox's unique rows and claims.
/// </summary>
public sealed class DigestJob(IServiceScopeFactory scopes, IClock clock, ILogger<DigestJob> logger)
    : SingletonBackgroundJob(scopes, clock, logger)
{
    protected override string JobName => "newsletter.digest";

    protected override TimeSpan Period => TimeSpan.FromMinutes(1);

    protected override async Task RunAsync(IServiceProvider services, long slot, CancellationToken ct)
    {
        var report = await services.GetRequiredService<DigestRun>().RunAsync(ct);
        if (report.Composed + report.Sent + report.Deferred + report.Unknown > 0)
            logger.LogInformation("Digest run: {Report}", report);
    }
}
