using Intranet.Accounts.Models;
using Intranet.Accounts.Services;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Pages.Admin.Units;

/// <summary>Rename a unit, move it to another sector, and set who leads it.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class EditModel(UnitAdministration units, IntranetDbContext db) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int? ParentId { get; set; }
    [BindProperty] public string? Leaders { get; set; }
    [BindProperty(SupportsGet = true)] public bool Lagret { get; set; }

    public int UnitId { get; private set; }
    public string Slug { get; private set; } = "";
    public IReadOnlyList<UnitNode> Tree { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null) return NotFound();
        (UnitId, Name, ParentId, Slug) = (id, unit.Name, unit.ParentId, unit.Slug);
        Leaders = string.Join(", ", await (from l in db.UnitLeaders join u in db.Users on l.UserId equals u.Id
                                           where l.UnitId == id orderby u.UserName select u.UserName).ToListAsync(ct));
        Tree = await units.TreeAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var slug = await db.Units.Where(u => u.Id == id).Select(u => u.Slug).FirstOrDefaultAsync(ct);
        if (slug is null) return NotFound();
        try
        {
            var names = (Leaders ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await units.UpdateAsync(id, Name, ParentId, names, ct);
            return LocalRedirect($"/admin/enheter/{id}?lagret=true");
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddErrors(e);
            (UnitId, Slug, Tree) = (id, slug, await units.TreeAsync(ct));
            return Page();
        }
    }
}
