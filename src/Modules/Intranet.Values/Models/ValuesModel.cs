using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Models;

/// <summary>Table shapes of the values module: praise and the values each names.</summary>
internal static class ValuesModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ValuePraise>(e =>
        {
            e.ToTable("ValuePraise");
            e.Property(p => p.Message).HasMaxLength(Services.PraiseRules.MessageMax);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(p => new { p.UnitId, p.Status });
            e.HasIndex(p => p.RecipientUserId);
            e.HasIndex(p => p.SenderId);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(p => p.SenderId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(p => p.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(p => p.HiddenById).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(p => p.Values).WithOne().HasForeignKey(v => v.PraiseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ValuePraiseValue>(e =>
        {
            e.ToTable("ValuePraiseValues");
            e.HasKey(v => new { v.PraiseId, v.ValueSlug });
            e.Property(v => v.ValueSlug).HasMaxLength(100);
            e.HasIndex(v => v.ValueSlug);
        });
    }
}
