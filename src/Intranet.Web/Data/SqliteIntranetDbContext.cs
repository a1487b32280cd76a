using Intranet.Core.Data;
using Intranet.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Intranet.Web.Data;

/// <summary>The SQLite flavour of the model; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteIntranetDbContext(DbContextOptions<SqliteIntranetDbContext> options, IEnumerable<IIntranetModule> modules)
    : IntranetDbContext(options, modules)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset; we store UTC only, so ticks order correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
