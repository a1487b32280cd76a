using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Web.Data;

/// <summary>Picks SQLite (embedded default, a file under the data path) or PostgreSQL by configuration.</summary>
internal static class DatabaseSetup
{
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Intranet:Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    public static void AddIntranetDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        if (Provider(configuration) == DatabaseProvider.Postgres)
        {
            var cs = configuration.GetConnectionString("Intranet")
                     ?? throw new InvalidOperationException("ConnectionStrings:Intranet må være satt når Intranet:Database:Provider er Postgres.");
            services.AddDbContext<PostgresIntranetDbContext>((sp, o) => o.UseNpgsql(cs)
                .AddInterceptors(sp.GetRequiredService<Core.Cluster.LocalChangeNudge>()));
            services.AddScoped<IntranetDbContext>(sp => sp.GetRequiredService<PostgresIntranetDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteIntranetDbContext>((sp, o) =>
                o.UseSqlite(SqliteConnectionString(configuration, sp.GetRequiredService<IntranetPaths>()))
                 .AddInterceptors(new SqlitePragmaInterceptor(), sp.GetRequiredService<Core.Cluster.LocalChangeNudge>()));
            services.AddScoped<IntranetDbContext>(sp => sp.GetRequiredService<SqliteIntranetDbContext>());
        }
    }

    private static string SqliteConnectionString(IConfiguration configuration, IntranetPaths paths)
    {
        var configured = configuration.GetConnectionString("Intranet");
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "" : configured);
        if (string.IsNullOrEmpty(builder.DataSource)) builder.DataSource = paths.Combine("intranett.db");
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
