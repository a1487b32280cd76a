using Intranet.Accounts.Models;
using Intranet.Accounts.Services;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Admin.Units;

/// <summary>The unit tree (sectors and their units, with leaders) and a form for a new unit or sector.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class IndexModel(UnitAdministration units) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int? ParentId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Opprettet { get; set; }

    public IReadOnlyList<UnitNode> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tree = await units.TreeAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var unit = await units.CreateAsync(Name, ParentId, ct);
            return LocalRedirect("/admin/enheter?opprettet=" + Uri.EscapeDataString(unit.Name));
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddErrors(e);
            Tree = await units.TreeAsync(ct);
            return Page();
        }
    }
}
