using Intranet.Accounts.AccessCodes;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Models;

internal static class AccountsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ApiToken>(e =>
        {
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.Property(t => t.TokenHash).HasMaxLength(100);
            e.Property(t => t.Name).HasMaxLength(200);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AccessCode>(e =>
        {
            e.HasIndex(c => c.UserId);
            e.Property(c => c.CodeHash).HasMaxLength(100);
            e.Property(c => c.IssuedById).HasMaxLength(450);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
