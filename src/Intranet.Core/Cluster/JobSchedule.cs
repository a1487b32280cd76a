using Microsoft.Extensions.Configuration;

namespace Intranet.Core.Cluster;

/// <summary>
/// When a <see cref="SingletonBackgroundJob"/> runs: its own defaults, overridden per job by
/// <c>Intranet:Jobs:{JobName}:Period|LeaseDuration|CheckInterval</c> (e.g. <c>Intranet__Jobs__newsletter.digest__Period=00:05:00</c>).
/// The check interval must stay well under the lease, or a healthy holder would lose its lease between checks.
/// </summary>
public sealed record JobSchedule(TimeSpan Period, TimeSpan LeaseDuration, TimeSpan CheckInterval)
{
    public static JobSchedule From(IConfiguration configuration, string jobName, JobSchedule defaults)
    {
        var section = configuration.GetSection($"Intranet:Jobs:{jobName}");
        var schedule = new JobSchedule(
            section.GetValue("Period", defaults.Period),
            section.GetValue("LeaseDuration", defaults.LeaseDuration),
            section.GetValue("CheckInterval", defaults.CheckInterval));
        if (schedule.Period <= TimeSpan.Zero || schedule.CheckInterval <= TimeSpan.Zero || schedule.CheckInterval * 2 > schedule.LeaseDuration)
            throw new InvalidOperationException(
                $"Intranet:Jobs:{jobName}: Period and CheckInterval must be positive and CheckInterval at most half of LeaseDuration ({schedule}).");
        return schedule;
    }
}
