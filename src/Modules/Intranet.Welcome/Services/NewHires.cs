using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>
/// Who counts as a new hire: the Nyansatt role, or a start date less than 90 days ago. A start date in
/// the future counts too, so someone can read their pack before the first day.
/// </summary>
public sealed class NewHires(IntranetDbContext db, IClock clock)
{
    public const int WindowDays = 90;

    public DateOnly Today => DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);

    public static bool Qualifies(bool hasNewHireRole, DateOnly? startDate, DateOnly today) =>
        hasNewHireRole || (startDate is { } start && start > today.AddDays(-WindowDays));

    public async Task<bool> IsNewHireAsync(string userId, CancellationToken ct = default)
    {
        var startDate = await db.Users.Where(u => u.Id == userId).Select(u => u.StartDate).FirstOrDefaultAsync(ct);
        return Qualifies(await HasNewHireRoleAsync(userId, ct), startDate, Today);
    }

    /// <summary>The new hires working in the unit, oldest start first.</summary>
    public async Task<List<IntranetUser>> InUnitAsync(int unitId, CancellationToken ct = default)
    {
        var windowStart = Today.AddDays(-WindowDays);
        var withRole = NewHireRoleHolders();
        return await db.Users.AsNoTracking()
            .Where(u => u.UnitId == unitId && (withRole.Contains(u.Id) || (u.StartDate != null && u.StartDate > windowStart)))
            .OrderBy(u => u.StartDate).ThenBy(u => u.DisplayName)
            .ToListAsync(ct);
    }

    private Task<bool> HasNewHireRoleAsync(string userId, CancellationToken ct) =>
        NewHireRoleHolders().ContainsAsync(userId, ct);

    private IQueryable<string> NewHireRoleHolders() =>
        from ur in db.UserRoles
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == Roles.Nyansatt
        select ur.UserId;
}
