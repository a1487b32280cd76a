using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Corner.Models;

internal static class CornerModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CornerDelegate>(e =>
        {
            e.ToTable("CornerDelegates");
            e.HasKey(d => d.UserId);
            e.Property(d => d.AddedBy).HasMaxLength(200);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CornerPost>(e =>
        {
            e.ToTable("CornerPosts");
            e.HasKey(p => p.ArticleId);
            e.HasOne<Article>().WithOne().HasForeignKey<CornerPost>(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.Property(p => p.Type).HasConversion<string>().HasMaxLength(16).HasDefaultValue(CornerPostType.Post).HasSentinel(CornerPostType.Post);
        });
        b.Entity<CornerAttachment>(e =>
        {
            e.ToTable("CornerAttachments");
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.ArticleId);
            e.Property(a => a.FileName).HasMaxLength(200);
            e.Property(a => a.Sha256).HasMaxLength(64);
            e.Property(a => a.UploadedBy).HasMaxLength(200);
            e.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CornerAttachmentFile>(e =>
        {
            e.ToTable("CornerAttachmentFiles");
            e.HasKey(f => f.AttachmentId);
            // No foreign key: the bytes are stored before the attachment row, as on the file system.
        });
        b.Entity<CornerQuestion>(e =>
        {
            e.ToTable("CornerQuestions");
            e.HasIndex(q => new { q.Status, q.AskedAt });
            e.Property(q => q.Text).HasMaxLength(4000);
            e.Property(q => q.Answer).HasMaxLength(8000);
            e.Property(q => q.AskerName).HasMaxLength(200);
            e.Property(q => q.AnsweredBy).HasMaxLength(200);
            e.Property(q => q.Status).HasConversion<string>().HasMaxLength(16);
            // No foreign key to users on purpose: a named asker who leaves keeps their question, and the
            // column is null for anonymous questions.
        });
    }
}
