using System.Security.Claims;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Content;

/// <summary>Builds the ReaderContext for a request's user, looking up the units they lead.</summary>
public sealed class ReaderContextFactory(IntranetDbContext db, PermissionRegistry permissions)
{
    public async Task<ReaderContext> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true) return ReaderContext.Anonymous;
        var userId = user.UserId();
        var led = await db.UnitLeaders.Where(l => l.UserId == userId).Select(l => l.UnitId).ToListAsync(ct);
        return ReaderContext.From(user, permissions, led);
    }
}
