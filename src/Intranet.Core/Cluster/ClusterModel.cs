using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Cluster;

/// <summary>Tables every node shares: leases and the run journal for run-once work, and the Data Protection key ring.</summary>
internal static class ClusterModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ClusterLease>(e =>
        {
            e.ToTable("ClusterLeases");
            e.HasKey(l => l.Name);
            e.Property(l => l.Name).HasMaxLength(100);
            e.Property(l => l.Holder).HasMaxLength(200);
        });
        b.Entity<ClusterJobRun>(e =>
        {
            e.ToTable("ClusterJobRuns");
            e.Property(r => r.Job).HasMaxLength(100);
            e.Property(r => r.Node).HasMaxLength(200);
            e.Property(r => r.Error).HasMaxLength(500);
            e.HasIndex(r => new { r.Job, r.StartedAt });
        });
        b.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("DataProtectionKeys");
            e.Property(k => k.FriendlyName).HasMaxLength(100);
        });
    }
}
