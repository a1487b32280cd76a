using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Models;

/// <summary>Table shapes for the news module; every row hangs off an Article and goes when it goes.</summary>
internal static class NewsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<NewsItem>(e =>
        {
            e.ToTable("NewsItems");
            e.HasKey(n => n.ArticleId);
            e.Property(n => n.Category).HasMaxLength(32);
            e.HasOne<Article>().WithOne().HasForeignKey<NewsItem>(n => n.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(n => n.Targets).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NewsTarget>(e =>
        {
            e.ToTable("NewsTargets");
            e.HasKey(t => new { t.ArticleId, t.UnitId });
            e.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ReadConfirmation>(e =>
        {
            e.ToTable("NewsReadConfirmations");
            e.HasKey(c => new { c.ArticleId, c.UserId });
            e.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ReadReminder>(e =>
        {
            e.ToTable("NewsReadReminders");
            e.HasIndex(r => r.ArticleId);
            e.Property(r => r.SentBy).HasMaxLength(200);
            e.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NewsComment>(e =>
        {
            e.ToTable("NewsComments");
            e.HasIndex(c => new { c.ArticleId, c.CreatedAt });
            e.Property(c => c.AuthorName).HasMaxLength(200);
            e.Property(c => c.Body).HasMaxLength(4000);
            e.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NewsReaction>(e =>
        {
            e.ToTable("NewsReactions");
            e.HasKey(r => new { r.ArticleId, r.UserId, r.Kind });
            e.Property(r => r.Kind).HasMaxLength(16);
            e.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
