using Intranet.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intranet.Testing;

/// <summary>
/// The real host in-process on a fresh temp data folder, on SQLite or on a fresh database in the test
/// PostgreSQL server. Development environment, so the demo recipe (and its users) is imported at start.
/// </summary>
public class IntranetFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();
    private PostgresTestDatabase? _postgres;

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
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
