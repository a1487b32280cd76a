using Intranet.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Testing;

/// <summary>The host on a real Kestrel port on loopback, for the browser tests.</summary>
public sealed class LiveIntranet : IntranetFactory
{
    public LiveIntranet(DatabaseProvider provider = DatabaseProvider.Sqlite) : this(new Dictionary<string, string?>(), provider) { }

    /// <summary>With extra configuration (e.g. single sign-on settings), applied before the server starts.</summary>
    public LiveIntranet(IReadOnlyDictionary<string, string?> settings, DatabaseProvider provider = DatabaseProvider.Sqlite) : base(provider)
    {
        foreach (var (key, value) in settings) With(key, value);
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public string BaseUrl { get; }
}
