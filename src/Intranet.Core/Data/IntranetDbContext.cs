using Intranet.Core.Cluster;
using Intranet.Core.Models;
using Intranet.Core.Modules;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Data;

/// <summary>
/// The one EF model. Core owns the shared kernel (articles, units, values, audit, change log);
/// each module adds its own entities through <see cref="IIntranetModule.ConfigureModel"/>.
/// Provider-specific subclasses in the host carry the migrations.
/// </summary>
public abstract class IntranetDbContext(DbContextOptions options, IEnumerable<IIntranetModule> modules)
    : IdentityDbContext<IntranetUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleVersion> ArticleVersions => Set<ArticleVersion>();
    public DbSet<ArticleValue> ArticleValues => Set<ArticleValue>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<ArticleReaderUnit> ArticleReaderUnits => Set<ArticleReaderUnit>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitLeader> UnitLeaders => Set<UnitLeader>();
    public DbSet<OrgValue> OrgValues => Set<OrgValue>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<ClusterLease> ClusterLeases => Set<ClusterLease>();
    public DbSet<ClusterJobRun> ClusterJobRuns => Set<ClusterJobRun>();

    /// <summary>The Data Protection key ring shared by every node (see docs/operations.md).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        CoreModel.Configure(builder);
        ClusterModel.Configure(builder);
        foreach (var module in modules) module.ConfigureModel(builder);
    }
}
