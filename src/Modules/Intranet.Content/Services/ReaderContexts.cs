using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Services;

/// <summary>Builds the reader's context (including the units they lead) once per request.</summary>
public sealed class ReaderContexts(IntranetDbContext db, PermissionRegistry permissions)
{
    private ReaderContext? _cached;

    public async Task<ReaderContext> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (_cached is not null) return _cached;
        if (user.Identity?.IsAuthenticated != true) return _cached = ReaderContext.Anonymous;
        var userId = user.UserId();
        var led = userId is null ? [] : await db.UnitLeaders.Where(l => l.UserId == userId).Select(l => l.UnitId).ToListAsync(ct);
        return _cached = ReaderContext.From(user, permissions, led);
    }
}
