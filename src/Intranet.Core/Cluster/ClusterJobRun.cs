namespace Intranet.Core.Cluster;

/// <summary>
/// One run of a <see cref="SingletonBackgroundJob"/>: which node ran which period, when, and how it ended. A run
/// with no <see cref="FinishedAt"/> was cut off (its node died mid-run); <see cref="Error"/> is set when it threw.
/// The journal answers "did the digest run at 08:00, and where?" and proves in tests that no period runs twice.
/// </summary>
public class ClusterJobRun
{
    public long Id { get; set; }
    public string Job { get; set; } = "";
    public long Slot { get; set; }
    public string Node { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }
}
