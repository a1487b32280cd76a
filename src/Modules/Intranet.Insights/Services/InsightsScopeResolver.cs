using System.Security.Claims;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Services;

/// <summary>Resolves a user's <see cref="InsightsScope"/>; null when they may not see the dashboard at all.</summary>
public sealed class InsightsScopeResolver(IntranetDbContext db, PermissionRegistry permissions)
{
    public async Task<InsightsScope?> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!permissions.Allows(user, InsightsPermissions.View)) return null;
        if (permissions.Allows(user, InsightsPermissions.ViewAll)) return InsightsScope.Everything;
        var userId = user.UserId();
        var led = await db.UnitLeaders.Where(l => l.UserId == userId).Select(l => l.UnitId).ToListAsync(ct);
        if (led.Count == 0) return null;
        var children = await db.Units.Where(u => u.ParentId != null && led.Contains(u.ParentId.Value)).Select(u => u.Id).ToListAsync(ct);
        return new InsightsScope(false, led.Concat(children).ToHashSet());
    }
}
