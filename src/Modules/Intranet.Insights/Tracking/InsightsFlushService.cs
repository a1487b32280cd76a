using Intranet.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Insights.Tracking;

/// <summary>Every node writes its own buffered counters every few seconds, and once more when it stops.</summary>
public sealed class InsightsFlushService(ViewBuffer buffer, IServiceScopeFactory scopes, IOptions<InsightsOptions> options, ILogger<InsightsFlushService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.FlushSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await FlushAsync(stoppingToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (buffer.Pending == 0) return;
        try
        {
            using var scope = scopes.CreateScope();
            await buffer.FlushAsync(scope.ServiceProvider.GetRequiredService<IntranetDbContext>(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Counts are best effort: losing a few seconds of views must never take the site down.
            logger.LogWarning(e, "Could not write insights counters");
        }
    }
}
