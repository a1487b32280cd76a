using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>Builds the <see cref="ReaderContext"/> for a user, including the units they lead (review rights).</summary>
public sealed class StoryReaders(IntranetDbContext db, PermissionRegistry permissions)
{
    public async Task<ReaderContext> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.UserId();
        if (user.Identity?.IsAuthenticated != true || userId is null) return ReaderContext.Anonymous;
        var led = await db.UnitLeaders.Where(l => l.UserId == userId).Select(l => l.UnitId).ToListAsync(ct);
        return ReaderContext.From(user, permissions, led);
    }

    /// <summary>Communications staff, or a leader of at least one unit.</summary>
    public static bool IsReviewer(ReaderContext reader) => reader.CanManageContent || reader.LedUnitIds.Count > 0;
}
