using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>Builds the <see cref="ReaderContext"/> for a user, including the units they lead (review rights).</summary>
public sealed class StoryReaders(IntranetDbContext db, PermissionRegistry permissions)
{
    private (ClaimsPrincipal User, ReaderContext Reader)? _last;

    /// <summary>Remembered for the request's principal (scoped), as pages ask more than once.</summary>
    public async Task<ReaderContext> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.UserId();
        if (user.Identity?.IsAuthenticated != true || userId is null) return ReaderContext.Anonymous;
        if (_last is { } last && ReferenceEquals(last.User, user)) return last.Reader;
        var led = await db.UnitLeaders.Where(l => l.UserId == userId).Select(l => l.UnitId).ToListAsync(ct);
        var reader = ReaderContext.From(user, permissions, led);
        _last = (user, reader);
        return reader;
    }

    /// <summary>Communications staff, or a leader of at least one unit.</summary>
    public static bool IsReviewer(ReaderContext reader) => reader.CanManageContent || reader.LedUnitIds.Count > 0;
}
