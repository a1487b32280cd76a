using Intranet.Accounts.Services;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>The units a leader leads: the only units whose welcome part and new hires they may see.</summary>
public sealed class UnitLeadership(IntranetDbContext db, UnitDirectory directory)
{
    public async Task<List<Unit>> LedByAsync(string userId, CancellationToken ct = default)
    {
        var ids = await directory.UnitsLedByAsync(userId, ct);
        return await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Name).ToListAsync(ct);
    }
}
