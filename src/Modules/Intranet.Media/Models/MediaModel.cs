using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Media.Models;

/// <summary>Table shapes for media items and their usage by articles.</summary>
internal static class MediaModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<MediaItem>(e =>
        {
            e.ToTable("MediaItems");
            e.HasKey(m => m.Id);
            e.Property(m => m.Alt).HasMaxLength(500);
            e.Property(m => m.OriginalFileName).HasMaxLength(200);
            e.Property(m => m.ContentType).HasMaxLength(32);
            e.Property(m => m.UploadedById).HasMaxLength(450);
            e.Property(m => m.UploadedByName).HasMaxLength(200);
            e.Property(m => m.Hash).HasMaxLength(32);
            e.HasIndex(m => m.CreatedAt);
            e.HasMany(m => m.Usages).WithOne().HasForeignKey(u => u.MediaId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MediaUsage>(e =>
        {
            e.ToTable("MediaUsages");
            e.HasKey(u => new { u.MediaId, u.ArticleId });
            e.HasIndex(u => u.ArticleId);
            e.HasOne<Article>().WithMany().HasForeignKey(u => u.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MediaFile>(e =>
        {
            e.ToTable("MediaFiles");
            e.HasKey(f => new { f.MediaId, f.Size });
            e.Property(f => f.Size).HasMaxLength(16);
            // No foreign key: renditions are stored before the item row (as on the file system) and are
            // removed through IMediaStore.DeleteAsync.
        });
    }
}
