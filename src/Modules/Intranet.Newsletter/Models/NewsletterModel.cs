using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Models;

internal static class NewsletterModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<DigestPreference>(e =>
        {
            e.ToTable("DigestPreferences");
            e.HasKey(p => p.UserId);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OutboxMessage>(e =>
        {
            e.ToTable("MailOutbox");
            e.HasIndex(m => new { m.UserId, m.DedupKey }).IsUnique();
            e.HasIndex(m => new { m.Status, m.NextAttemptAt });
            e.Property(m => m.DedupKey).HasMaxLength(100);
            e.Property(m => m.Subject).HasMaxLength(300);
            e.Property(m => m.ToAddress).HasMaxLength(256);
            e.Property(m => m.ToName).HasMaxLength(256);
            e.Property(m => m.ClaimedBy).HasMaxLength(100);
            e.Property(m => m.LastError).HasMaxLength(1000);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OneOffNewsletter>(e =>
        {
            e.ToTable("Newsletters");
            e.Property(n => n.Title).HasMaxLength(200);
            e.Property(n => n.Intro).HasMaxLength(4000);
            e.Property(n => n.ArticleIds).HasMaxLength(1000);
            e.Property(n => n.CreatedBy).HasMaxLength(256);
            e.Ignore(n => n.Articles);
        });
        b.Entity<FeedToken>(e =>
        {
            e.ToTable("FeedTokens");
            e.HasKey(t => t.UserId);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        ConfigureEvents(b);
    }

    private static void ConfigureEvents(ModelBuilder b)
    {
        b.Entity<EventDetails>(e =>
        {
            e.ToTable("EventDetails");
            e.HasKey(d => d.ArticleId);
            e.HasIndex(d => d.StartsAt);
            e.Property(d => d.Place).HasMaxLength(300);
            e.HasOne<Article>().WithOne().HasForeignKey<EventDetails>(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<EventSignup>(e =>
        {
            e.ToTable("EventSignups");
            e.HasIndex(s => new { s.ArticleId, s.UserId }).IsUnique();
            e.HasIndex(s => new { s.ArticleId, s.Status, s.SignedUpAt });
            e.Property(s => s.Name).HasMaxLength(256);
            e.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
