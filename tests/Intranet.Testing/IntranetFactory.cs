using Intranet.Core.Time;
using Intranet.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Testing;

/// <summary>
/// The real host in-process on a fresh temp data folder, on SQLite or on a fresh database in the test
/// PostgreSQL server. Development environment, so the demo recipe (and its users) is imported at start.
/// </summary>
public class IntranetFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();
    private readonly List<Action<IServiceCollection>> _services = [];
    private PostgresTestDatabase? _postgres;
    private readonly bool _ownsDataPath;
    private IClock? _clock;

    public IntranetFactory(DatabaseProvider provider = DatabaseProvider.Sqlite, string environment = "Development")
        : this(provider, environment, connectionString: null, dataPath: null) { }

    private IntranetFactory(DatabaseProvider provider, string environment, string? connectionString, string? dataPath)
    {
        Provider = provider;
        Environment = environment;
        _ownsDataPath = dataPath is null;
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "intranett-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        _settings["Intranet:DataPath"] = DataPath;
        _settings["Intranet:Database:Provider"] = provider.ToString();
        if (provider == DatabaseProvider.Postgres && connectionString is null)
        {
            _postgres = PostgresTestDatabase.Create();
            connectionString = _postgres.ConnectionString;
        }
        ConnectionString = connectionString;
        if (connectionString is not null) _settings["ConnectionStrings:Intranet"] = connectionString;
    }

    /// <summary>
    /// A host on existing data: another node on the same database (a connection string from another factory) and/or
    /// a restart on the same data folder. Neither the database nor the folder is removed when this factory is disposed.
    /// </summary>
    public static IntranetFactory OnExisting(DatabaseProvider provider, string? connectionString, string? dataPath = null, string environment = "Development") =>
        new(provider, environment, connectionString, dataPath);

    /// <summary>The PostgreSQL connection string (null on SQLite, where the database file is in the data folder).</summary>
    public string? ConnectionString { get; }
    /// A host on an existing PostgreSQL database that it neither creates nor drops, with its own data folder:
    /// several of these on one connection string are the nodes of a cluster.
    public IntranetFactory(string sharedPostgresConnectionString, string environment = "Development")
        : this(DatabaseProvider.Sqlite, environment)
    {
        Provider = DatabaseProvider.Postgres;
        _settings["Intranet:Database:Provider"] = nameof(DatabaseProvider.Postgres);
        _settings["ConnectionStrings:Intranet"] = sharedPostgresConnectionString;
    }

    /// <summary>PBKDF2 iterations in test hosts (production keeps ASP.NET Core Identity's default).</summary>
    public const int TestPasswordIterations = 1000;

    public DatabaseProvider Provider { get; }
    public string Environment { get; }
    public string DataPath { get; }

    /// <summary>
    /// A client on this host that follows redirects and keeps cookies only when asked (the shared helpers use it).
    /// <see cref="LiveIntranet"/> overrides it: WebApplicationFactory's own clients on Kestrel sit on a default
    /// handler that follows redirects and keeps cookies whatever the options say.
    /// </summary>
    public virtual HttpClient NewClient(bool allowAutoRedirect, bool handleCookies) =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = allowAutoRedirect, HandleCookies = handleCookies,
        });

    /// <summary>Extra configuration; call before the first client is created.</summary>
    public IntranetFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Replaces the host's clock (call before the first client is created).</summary>
    public IntranetFactory UseClock(IClock clock)
    {
        _clock = clock;
        return this;
    }

    /// <summary>Extra services (e.g. a test background job); call before the first client is created.</summary>
    public IntranetFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Test hosts only: cheap password hashing, since every host hashes the demo users' passwords at import and
        // every sign-in verifies one. Hashes record their iteration count, so they still verify anywhere.
        builder.ConfigureTestServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordIterations));
        if (_clock is { } clock) builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton(clock)));
        foreach (var configure in _services) builder.ConfigureServices(configure);
        builder.UseEnvironment(Environment);
        // UseSetting, not ConfigureAppConfiguration: Program reads configuration while registering services,
        // before the factory's app-configuration callbacks would run.
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _postgres?.Dispose();
        _postgres = null;
        if (!_ownsDataPath) return;
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
