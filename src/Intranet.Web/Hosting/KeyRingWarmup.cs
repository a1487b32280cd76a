using Intranet.Core.Cluster;
using Microsoft.AspNetCore.DataProtection;

namespace Intranet.Web.Hosting;

/// <summary>
/// Creates (or loads) the shared key ring at start under a cluster lease. Without it two nodes starting on an
/// empty database could each create a first key and, for a while, refuse each other's cookies.
/// </summary>
internal static class KeyRingWarmup
{
    private const string LeaseName = "data-protection-keyring";

    public static async Task EnsureKeyRingAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var leases = scope.ServiceProvider.GetRequiredService<ClusterLeases>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await leases.TryAcquireAsync(LeaseName, TimeSpan.FromSeconds(30), ct) && DateTime.UtcNow < deadline)
            await Task.Delay(200, ct);
        try
        {
            // The first Protect loads the key ring from the database and creates a key only if none is usable.
            services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Intranet.KeyRingWarmup").Protect([1]);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, ct);
        }
    }
}
