using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Intranet.Web.Hosting;

/// <summary>
/// Which proxies may set X-Forwarded-For/-Proto. Default: loopback only (nginx on the same machine).
/// <c>Intranet:ForwardedHeaders:KnownProxies</c> (IP addresses) and <c>KnownNetworks</c> (CIDR, e.g.
/// <c>10.0.0.0/24</c>) replace that list when a balancer runs on another machine; arrays or comma-separated.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static ForwardedHeadersOptions Options(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = configuration.GetValue<int?>("Intranet:ForwardedHeaders:ForwardLimit") ?? 1,
        };
        var proxies = Values(configuration, "KnownProxies");
        var networks = Values(configuration, "KnownNetworks");
        if (proxies.Count == 0 && networks.Count == 0)
        {
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
            options.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
            return options;
        }
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        return options;
    }

    private static List<string> Values(IConfiguration configuration, string name)
    {
        var section = configuration.GetSection("Intranet:ForwardedHeaders:" + name);
        var items = section.GetChildren().Select(c => c.Value).ToList();
        if (section.Value is not null) items.Add(section.Value);
        return items.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }
}
