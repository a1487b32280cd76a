using Microsoft.Extensions.Primitives;

namespace Intranet.Core.Cluster;

/// <summary>
/// "Content changed somewhere in the cluster", raised on every node from the shared change log. Anything a node
/// caches about content (IMemoryCache entries, output cache, menus) must expire on it.
/// </summary>
public interface IClusterEvents
{
    /// <summary>Fires once, at the next content change seen after it was taken. Attach it to cache entries.</summary>
    IChangeToken ContentChangeToken { get; }

    /// <summary>The highest change-log id this node has seen.</summary>
    long LastSeenChange { get; }

    /// <summary>Raised after new change-log rows appear (from any node), with the new highest id.</summary>
    event Action<long>? ContentChanged;
}
