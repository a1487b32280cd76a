namespace Intranet.Core.Cluster;

/// <summary>
/// A named lease held by one node until it expires. Background work that must run once across the cluster
/// is done only by the holder; when the holder dies its lease runs out and another node takes it.
/// </summary>
public class ClusterLease
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The last period (see <see cref="SingletonBackgroundJob"/>) whose run completed; -1 for none.</summary>
    public long LastRunSlot { get; set; } = -1;
}
