using Intranet.Core.Data;
using Intranet.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Web.Data;

/// <summary>The PostgreSQL flavour of the model; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresIntranetDbContext(DbContextOptions<PostgresIntranetDbContext> options, IEnumerable<IIntranetModule> modules)
    : IntranetDbContext(options, modules);
