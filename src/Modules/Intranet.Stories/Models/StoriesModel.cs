using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Models;

/// <summary>Table shapes of the Stories module. All rows go with their article (cascade).</summary>
internal static class StoriesModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<StoryDetails>(e =>
        {
            e.ToTable("StoryDetails");
            e.HasKey(d => d.ArticleId);
            e.HasOne<Article>().WithOne().HasForeignKey<StoryDetails>(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.Property(d => d.ConsentStatement).HasMaxLength(2000);
            e.Property(d => d.ConsentRecordedBy).HasMaxLength(200);
            e.Property(d => d.ImageIds).HasMaxLength(1000);
            e.HasIndex(d => d.Featured);
            e.Ignore(d => d.HasConsent);
        });
        b.Entity<StoryReview>(e =>
        {
            e.ToTable("StoryReviews");
            e.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.ArticleId);
            e.Property(r => r.ReviewerName).HasMaxLength(200);
            e.Property(r => r.Decision).HasMaxLength(32);
            e.Property(r => r.Comment).HasMaxLength(4000);
        });
        b.Entity<StoryReaction>(e =>
        {
            e.ToTable("StoryReactions");
            e.HasKey(r => new { r.ArticleId, r.UserId });
            e.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<StoryComment>(e =>
        {
            e.ToTable("StoryComments");
            e.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.ArticleId, c.CreatedAt });
            e.Property(c => c.AuthorName).HasMaxLength(200);
            e.Property(c => c.Body).HasMaxLength(4000);
        });
    }
}
