using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Intranet.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's model without starting the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIntranetDbContext>
{
    public SqliteIntranetDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIntranetDbContext>().UseSqlite("Data Source=design.db").Options, ModuleCatalog.Create());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIntranetDbContext>
{
    public PostgresIntranetDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresIntranetDbContext>().UseNpgsql("Host=localhost;Database=design").Options, ModuleCatalog.Create());
}
