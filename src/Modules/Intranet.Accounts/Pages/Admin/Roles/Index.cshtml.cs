using Intranet.Core.Data;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Pages.Admin.Roles;

/// <summary>Each role with its member count and the permissions the modules grant it.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class IndexModel(IntranetDbContext db, PermissionRegistry permissions) : PageModel
{
    public sealed record RoleSummary(string Name, int Members, IReadOnlyList<Permission> Permissions);

    public IReadOnlyList<RoleSummary> RoleList { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                            group ur by r.Name into g select new { Name = g.Key!, Count = g.Count() }).ToListAsync(ct);
        var all = permissions.All.OrderBy(p => p.Name).ToList();
        RoleList = Core.Security.Roles.All.Select(role => new RoleSummary(role,
            counts.FirstOrDefault(c => c.Name == role)?.Count ?? 0,
            // Administrators pass every permission check, so they hold them all.
            role == Core.Security.Roles.Administrator ? all : all.Where(p => p.Roles.Contains(role)).ToList())).ToList();
    }
}
