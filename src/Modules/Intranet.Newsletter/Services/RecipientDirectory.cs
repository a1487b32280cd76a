using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Newsletter.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Services;

/// <summary>
/// Users with an e-mail address who are not locked out, each with the same ReaderContext the web would give
/// them (roles → permissions, unit, led units), so a mail never shows what the person could not open.
/// </summary>
public sealed class RecipientDirectory(IntranetDbContext db, PermissionRegistry permissions, IClock clock)
{
    /// <summary>What a (not locked) user may read, for requests that carry a feed token instead of a session.</summary>
    public async Task<ReaderContext?> ReaderForAsync(string userId, CancellationToken ct = default) =>
        (await AllAsync([userId], requireEmail: false, ct)).FirstOrDefault()?.Reader;

    public async Task<List<Recipient>> AllAsync(IReadOnlyCollection<string>? onlyUserIds = null, bool requireEmail = true, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var query = db.Users.AsNoTracking().Where(u => u.LockoutEnd == null || u.LockoutEnd < now);
        if (requireEmail) query = query.Where(u => u.Email != null && u.Email != "");
        if (onlyUserIds is not null) query = query.Where(u => onlyUserIds.Contains(u.Id));
        var users = await query.OrderBy(u => u.UserName).Select(u => new { u.Id, u.Email, u.DisplayName, u.Culture, u.UnitId }).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var led = await db.UnitLeaders.Where(l => ids.Contains(l.UserId)).Select(l => new { l.UserId, l.UnitId }).ToListAsync(ct);
        var prefs = await db.Set<DigestPreference>().Where(p => ids.Contains(p.UserId)).AsNoTracking().ToDictionaryAsync(p => p.UserId, ct);
        return users.Select(u =>
        {
            var principal = Principal(u.Id, u.UnitId, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!));
            var reader = ReaderContext.From(principal, permissions, led.Where(l => l.UserId == u.Id).Select(l => l.UnitId).ToList());
            var pref = prefs.GetValueOrDefault(u.Id) ?? new DigestPreference { UserId = u.Id };
            return new Recipient(u.Id, u.Email ?? "", u.DisplayName, u.Culture, pref, reader);
        }).ToList();
    }

    private static ClaimsPrincipal Principal(string userId, int? unitId, IEnumerable<string> roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId) };
        if (unitId is int unit) claims.Add(new Claim(ClaimsPrincipalExtensions.UnitClaim, unit.ToString()));
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "mail"));
    }
}
