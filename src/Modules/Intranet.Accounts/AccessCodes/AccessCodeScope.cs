using System.Security.Claims;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.AccessCodes;

/// <summary>
/// Whose access codes a person may manage: a unit leader those of the members of the units they lead,
/// an administrator everyone's.
/// </summary>
public sealed class AccessCodeScope(IntranetDbContext db)
{
    public async Task<List<Unit>> UnitsAsync(ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var units = db.Units.AsNoTracking();
        if (!actor.IsInRole(Roles.Administrator))
        {
            var userId = actor.UserId() ?? "";
            units = units.Where(u => db.UnitLeaders.Any(l => l.UnitId == u.Id && l.UserId == userId));
        }
        return await units.OrderBy(u => u.Name).ToListAsync(ct);
    }

    public Task<List<IntranetUser>> MembersAsync(int unitId, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Where(u => u.UnitId == unitId).OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).ToListAsync(ct);

    public async Task<bool> CanManageAsync(ClaimsPrincipal actor, int unitId, CancellationToken ct = default) =>
        (await UnitsAsync(actor, ct)).Any(u => u.Id == unitId);
}
