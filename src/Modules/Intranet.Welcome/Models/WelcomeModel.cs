using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Models;

/// <summary>Table shapes of the welcome module.</summary>
internal static class WelcomeModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<WelcomeSection>(e =>
        {
            e.ToTable("WelcomeSections");
            e.HasIndex(s => new { s.UnitId, s.SortOrder });
            e.HasIndex(s => s.ArticleId).IsUnique();
            e.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Article>().WithMany().HasForeignKey(s => s.TranslationArticleId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<ChecklistItem>(e =>
        {
            e.ToTable("WelcomeChecklistItems");
            e.HasIndex(i => new { i.UnitId, i.SortOrder });
            e.Property(i => i.Title).HasMaxLength(200);
            e.Property(i => i.TitleNn).HasMaxLength(200);
            e.HasOne<Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ChecklistTick>(e =>
        {
            e.ToTable("WelcomeChecklistTicks");
            e.HasKey(t => new { t.UserId, t.ChecklistItemId });
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ChecklistItem>().WithMany().HasForeignKey(t => t.ChecklistItemId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<BuddyAssignment>(e =>
        {
            e.ToTable("WelcomeBuddies");
            e.HasKey(a => a.NewHireId);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(a => a.NewHireId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(a => a.BuddyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NewcomerMeeting>(e =>
        {
            e.ToTable("WelcomeMeetings");
            e.HasIndex(m => m.StartsAt);
            e.Property(m => m.Title).HasMaxLength(200);
            e.Property(m => m.TitleNn).HasMaxLength(200);
            e.Property(m => m.Place).HasMaxLength(200);
            e.Property(m => m.Description).HasMaxLength(2000);
            e.Ignore(m => m.SeatsLeft);
        });
        b.Entity<MeetingSignup>(e =>
        {
            e.ToTable("WelcomeMeetingSignups");
            e.HasKey(s => new { s.MeetingId, s.UserId });
            e.HasOne<NewcomerMeeting>().WithMany().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
