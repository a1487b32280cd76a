using Intranet.Core.Cluster;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Intranet.Cluster.Tests;

/// <summary>A job's schedule: its defaults, overridden by configuration under its name or its environment spelling.</summary>
public sealed class JobScheduleTests
{
    private static readonly JobSchedule Defaults = new(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5));

    private static JobSchedule From(params (string Key, string Value)[] settings) => JobSchedule.From(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(),
        "newsletter.digest", Defaults);

    [Fact]
    public void Without_configuration_the_job_keeps_its_defaults() => Assert.Equal(Defaults, From());

    [Fact]
    public void Configuration_overrides_by_job_name_or_its_environment_spelling()
    {
        Assert.Equal(Defaults with { Period = TimeSpan.FromMinutes(5) }, From(("Intranet:Jobs:newsletter.digest:Period", "00:05:00")));
        Assert.Equal(Defaults with { LeaseDuration = TimeSpan.FromSeconds(60) }, From(("Intranet:Jobs:newsletter_digest:LeaseDuration", "00:01:00")));
        Assert.Equal("news_must_read_announcements", JobSchedule.EnvironmentName("news.must-read-announcements"));
    }

    [Fact]
    public void A_check_interval_over_half_the_lease_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => From(("Intranet:Jobs:newsletter.digest:CheckInterval", "00:00:20")));
        Assert.Contains("newsletter.digest", e.Message);
        Assert.Throws<InvalidOperationException>(() => From(("Intranet:Jobs:newsletter.digest:Period", "00:00:00")));
    }
}
