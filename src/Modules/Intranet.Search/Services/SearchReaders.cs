using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Services;

/// <summary>Builds the reader context for a request: who they are, their rights, and which units they lead.</summary>
public sealed class SearchReaders(IntranetDbContext db, PermissionRegistry permissions)
{
    public async Task<ReaderContext> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.Identity?.IsAuthenticated == true ? user.UserId() : null;
        var led = userId is null ? [] : await db.UnitLeaders.Where(l => l.UserId == userId).Select(l => l.UnitId).ToListAsync(ct);
        return ReaderContext.From(user, permissions, led);
    }
}
