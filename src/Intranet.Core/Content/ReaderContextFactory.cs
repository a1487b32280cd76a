using System.Security.Claims;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Content;

/// <summary>
/// Builds the ReaderContext for a request's user, looking up the units they lead. Scoped: the home page asks
/// once per section, so the answer for the request's principal is remembered for the rest of the request.
/// </summary>
public sealed class ReaderContextFactory(IntranetDbContext db, PermissionRegistry permissions)
{
    private (ClaimsPrincipal User, ReaderContext Reader)? _last;

    public async Task<ReaderContext> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true) return ReaderContext.Anonymous;
        if (_last is { } last && ReferenceEquals(last.User, user)) return last.Reader;
        var userId = user.UserId();
        var led = await db.UnitLeaders.Where(l => l.UserId == userId).Select(l => l.UnitId).ToListAsync(ct);
        var reader = ReaderContext.From(user, permissions, led);
        _last = (user, reader);
        return reader;
    }
}
