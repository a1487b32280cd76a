using Microsoft.Extensions.Configuration;

namespace Intranet.Core.Cluster;

/// <summary>
/// When a <see cref="SingletonBackgroundJob"/> runs: its own defaults, overridden per job by
/// <c>Intranet:Jobs:{JobName}:Period|LeaseDuration|CheckInterval</c>, in environment variables with the name's dots and
/// dashes as underscores (<c>Intranet__Jobs__newsletter_digest__Period=00:05:00</c>).
/// The check interval must stay well under the lease, or a healthy holder would lose its lease between checks.
/// </summary>
public sealed record JobSchedule(TimeSpan Period, TimeSpan LeaseDuration, TimeSpan CheckInterval)
{
    public static JobSchedule From(IConfiguration configuration, string jobName, JobSchedule defaults)
    {
        var section = configuration.GetSection($"Intranet:Jobs:{jobName}");
        var alias = configuration.GetSection($"Intranet:Jobs:{EnvironmentName(jobName)}");
        TimeSpan Value(string key, TimeSpan fallback) => section.GetValue(key, alias.GetValue(key, fallback));
        var schedule = new JobSchedule(
            Value("Period", defaults.Period), Value("LeaseDuration", defaults.LeaseDuration), Value("CheckInterval", defaults.CheckInterval));
        if (schedule.Period <= TimeSpan.Zero || schedule.CheckInterval <= TimeSpan.Zero || schedule.CheckInterval * 2 > schedule.LeaseDuration)
            throw new InvalidOperationException(
                $"Intranet:Jobs:{jobName}: Period and CheckInterval must be positive and CheckInterval at most half of LeaseDuration ({schedule}).");
        return schedule;
    }

    /// <summary>
    /// The job name as environment variables can spell it: systemd's EnvironmentFile (like a shell) takes only
    /// letters, digits and underscores, so <c>newsletter.digest</c> is also found as <c>newsletter_digest</c>.
    /// </summary>
    public static string EnvironmentName(string jobName) =>
        string.Concat(jobName.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
}
