using Intranet.Core.Cluster;
using Intranet.Core.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.News.Services;

/// <summary>Once a minute on one node: announce scheduled must-read items that have just become live.</summary>
internal sealed class MustReadAnnouncementJob(IServiceScopeFactory scopes, IClock clock, ILogger<MustReadAnnouncementJob> logger)
    : SingletonBackgroundJob(scopes, clock, logger)
{
    protected override string JobName => "news.must-read-announcements";
    protected override TimeSpan Period => TimeSpan.FromMinutes(1);

    protected override Task RunAsync(IServiceProvider services, long slot, CancellationToken ct) =>
        services.GetRequiredService<MustReadAnnouncer>().AnnounceDueAsync(ct);
}
