using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Notifications.Models;

internal static class NotificationsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Notification>(e =>
        {
            e.ToTable("Notifications");
            e.HasIndex(n => new { n.UserId, n.DedupKey }).IsUnique();
            e.HasIndex(n => new { n.UserId, n.ReadAt });
            e.Property(n => n.Title).HasMaxLength(300);
            e.Property(n => n.Url).HasMaxLength(500);
            e.Property(n => n.DedupKey).HasMaxLength(200);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
