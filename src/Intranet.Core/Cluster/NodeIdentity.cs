using Microsoft.Extensions.Configuration;

namespace Intranet.Core.Cluster;

/// <summary>
/// This node's name in the cluster: <c>Intranet:NodeId</c>, or machine name + process id + a short random
/// suffix (so two hosts in one process, as in the tests, never share an id). Shown in <c>X-Intranet-Node</c>
/// and stored as the holder of leases.
/// </summary>
public sealed class NodeIdentity
{
    public const string HeaderName = "X-Intranet-Node";

    public NodeIdentity(IConfiguration configuration)
    {
        var configured = configuration["Intranet:NodeId"];
        Id = string.IsNullOrWhiteSpace(configured)
            ? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..4]}"
            : configured.Trim();
    }

    public string Id { get; }
}
