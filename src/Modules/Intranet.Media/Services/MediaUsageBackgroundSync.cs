using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Media.Services;

/// <summary>Catches usage up every few seconds, so the media library's "used in" stays current without a reader.</summary>
internal sealed class MediaUsageBackgroundSync(IServiceScopeFactory scopes, ILogger<MediaUsageBackgroundSync> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<MediaUsageSync>().CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Media usage catch-up failed; retrying on the next tick");
            }
        }
    }
}
