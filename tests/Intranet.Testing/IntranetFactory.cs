using Intranet.Core.Time;
using Intranet.Web.Data;
using Microsoft.AspNetCore.Hosting;
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
    private PostgresTestDatabase? _postgres;
    private IClock? _clock;

    public IntranetFactory(DatabaseProvider provider = DatabaseProvider.Sqlite, string environment = "Development")
    {
        Provider = provider;
        Environment = environment;
        DataPath = Path.Combine(Path.GetTempPath(), "intranett-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        _settings["Intranet:DataPath"] = DataPath;
        _settings["Intranet:Database:Provider"] = provider.ToString();
        if (provider == DatabaseProvider.Postgres)
        {
            _postgres = PostgresTestDatabase.Create();
            _settings["ConnectionStrings:Intranet"] = _postgres.ConnectionString;
        }
    }

    public DatabaseProvider Provider { get; }
    public string Environment { get; }
    public string DataPath { get; }

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_clock is { } clock) builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton(clock)));
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
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
