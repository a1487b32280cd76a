using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Data;

/// <summary>Table shapes for the shared kernel.</summary>
internal static class CoreModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Article>(e =>
        {
            e.HasIndex(a => a.Slug).IsUnique();
            e.HasIndex(a => new { a.Kind, a.Status, a.PublishedAt });
            e.Property(a => a.Kind).HasMaxLength(32);
            e.Property(a => a.Slug).HasMaxLength(200);
            e.Property(a => a.Title).HasMaxLength(300);
            e.Property(a => a.Summary).HasMaxLength(1000);
            e.Property(a => a.Language).HasMaxLength(8);
            e.Property(a => a.AuthorName).HasMaxLength(200);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
            e.Property(a => a.Audience).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(a => a.Values).WithOne().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.ReaderUnits).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(a => a.Url);
        });
        b.Entity<ArticleValue>(e =>
        {
            e.HasKey(v => new { v.ArticleId, v.ValueSlug });
            e.HasIndex(v => v.ValueSlug);
            e.Property(v => v.ValueSlug).HasMaxLength(100);
        });
        b.Entity<ArticleTag>(e =>
        {
            e.HasKey(t => new { t.ArticleId, t.Tag });
            e.Property(t => t.Tag).HasMaxLength(100);
        });
        b.Entity<ArticleReaderUnit>(e =>
        {
            e.HasKey(r => new { r.ArticleId, r.UnitId });
            e.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ArticleVersion>(e =>
        {
            e.HasIndex(v => new { v.ArticleId, v.VersionNumber }).IsUnique();
            e.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => new { a.EntityType, a.EntityId });
            e.HasIndex(a => a.At);
            e.Property(a => a.Action).HasMaxLength(64);
            e.Property(a => a.EntityType).HasMaxLength(64);
            e.Property(a => a.EntityId).HasMaxLength(64);
        });
        b.Entity<ChangeLogEntry>(e =>
        {
            e.Property(c => c.Change).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.Kind).HasMaxLength(32);
        });
        b.Entity<Unit>(e =>
        {
            e.HasIndex(u => u.Slug).IsUnique();
            e.Property(u => u.Slug).HasMaxLength(100);
            e.Property(u => u.Name).HasMaxLength(200);
            e.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(u => u.Leaders).WithOne().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<UnitLeader>(e =>
        {
            e.HasKey(l => new { l.UnitId, l.UserId });
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<IntranetUser>(e =>
        {
            e.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.SetNull);
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.Culture).HasMaxLength(8);
        });
        b.Entity<OrgValue>(e =>
        {
            e.HasIndex(v => v.Slug).IsUnique();
            e.Property(v => v.Slug).HasMaxLength(100);
        });
        b.Entity<Setting>(e =>
        {
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(100);
        });
    }
}
