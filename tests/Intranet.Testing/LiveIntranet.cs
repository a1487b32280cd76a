using Intranet.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Caching.Memory;
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
        BaseUrl = Start();
    }

    /// <summary>With a clock the test moves by hand (scheduling); the memory cache expires entries by the same clock.</summary>
    public LiveIntranet(TestClock clock, DatabaseProvider provider = DatabaseProvider.Sqlite) : base(provider)
    {
        UseClock(clock);
        WithServices(s => s.Configure<MemoryCacheOptions>(o => o.Clock = new TestCacheClock(clock)));
        BaseUrl = Start();
    }

        /// <summary>A node on an existing PostgreSQL database (see IntranetFactory); configure runs before start.</summary>
    public LiveIntranet(string sharedPostgresConnectionString, Action<IntranetFactory>? configure = null)
        : base(sharedPostgresConnectionString)
    {
        configure?.Invoke(this);
        BaseUrl = Start();
    }

    private string Start()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        // CreateClient then talks to this Kestrel port; NewClient (SignedInClientAsync/TokenClientAsync) overrides the handler too.
        ClientOptions.BaseAddress = new Uri(address);
        return address;
    }

    public string BaseUrl { get; }

    /// <summary>A socket client on the Kestrel port whose redirect and cookie choices are its own handler's.</summary>
    public override HttpClient NewClient(bool allowAutoRedirect, bool handleCookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = allowAutoRedirect, UseCookies = handleCookies, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl),
        };
}
