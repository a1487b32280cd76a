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
    }
}
