using Intranet.Accounts.Models;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Services;

/// <summary>The administrators' use cases for users: find, create, change unit/roles/leadership, lock.</summary>
public sealed class UserAdministration(IntranetDbContext db, UserManager<IntranetUser> users, UserFormValidator validator, IClock clock)
{
    public async Task<PagedResult<UserRow>> SearchAsync(string? query, PageRequest page, CancellationToken ct = default)
    {
        var q = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var upper = query.Trim().ToUpperInvariant();
            q = q.Where(u => u.NormalizedUserName!.Contains(upper) || u.DisplayName.ToUpper().Contains(upper));
        }
        var total = await q.CountAsync(ct);
        var found = await q.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).Skip(page.Skip).Take(page.PageSize)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, Unit = u.Unit!.Name, u.LockoutEnd }).ToListAsync(ct);
        var roles = await RolesOfAsync(found.Select(u => u.Id).ToList(), ct);
        var rows = found.Select(u => new UserRow(u.Id, u.UserName ?? "", u.DisplayName, u.Unit,
            roles.GetValueOrDefault(u.Id) ?? [], u.LockoutEnd > clock.UtcNow)).ToList();
        return new PagedResult<UserRow>(total, rows, page);
    }

    public async Task<IntranetUser> CreateAsync(UserForm form, CancellationToken ct = default)
    {
        await validator.ValidateAsync(form, isNew: true, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new IntranetUser { UserName = form.UserName!.Trim(), DisplayName = form.DisplayName!.Trim(), UnitId = form.UnitId, CreatedAt = clock.UtcNow };
        IdentityFailures.ThrowIfFailed(await users.CreateAsync(user, form.Password!));
        IdentityFailures.ThrowIfFailed(await users.AddToRolesAsync(user, form.Roles.Distinct()));
        await SetLeadershipAsync(user.Id, form.Leads, ct);
        await tx.CommitAsync(ct);
        return user;
    }

    public async Task UpdateAsync(string id, UserForm form, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw ValidationFailedException.For("UserName", "Brukeren finnes ikke.");
        await validator.ValidateAsync(form, isNew: false, ct);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Administrator) && !form.Roles.Contains(Roles.Administrator) && await IsLastAdministratorAsync())
            throw ValidationFailedException.For("Roles", "Det må finnes minst én administrator.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        user.DisplayName = form.DisplayName!.Trim();
        user.UnitId = form.UnitId;
        IdentityFailures.ThrowIfFailed(await users.UpdateAsync(user));
        IdentityFailures.ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(form.Roles)));
        IdentityFailures.ThrowIfFailed(await users.AddToRolesAsync(user, form.Roles.Distinct().Except(current)));
        await SetLeadershipAsync(user.Id, form.Leads, ct);
        // Roles travel in cookies and tokens: a new stamp makes both pick up the change.
        IdentityFailures.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        await tx.CommitAsync(ct);
    }

    private async Task<bool> IsLastAdministratorAsync() => (await users.GetUsersInRoleAsync(Roles.Administrator)).Count <= 1;

    private async Task SetLeadershipAsync(string userId, IReadOnlyList<int> unitIds, CancellationToken ct)
    {
        var existing = await db.UnitLeaders.Where(l => l.UserId == userId).ToListAsync(ct);
        db.UnitLeaders.RemoveRange(existing.Where(l => !unitIds.Contains(l.UnitId)));
        foreach (var unitId in unitIds.Distinct().Except(existing.Select(l => l.UnitId)))
            db.UnitLeaders.Add(new UnitLeader { UnitId = unitId, UserId = userId });
        await db.SaveChangesAsync(ct);
    }

    public async Task<Dictionary<string, List<string>>> RolesOfAsync(IReadOnlyList<string> userIds, CancellationToken ct = default)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).Order().ToList());
    }
}
