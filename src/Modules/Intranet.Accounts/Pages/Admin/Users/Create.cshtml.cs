using Intranet.Accounts.Models;
using Intranet.Accounts.Services;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Admin.Users;

/// <summary>A new local account with a start password the administrator passes on.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class CreateModel(UserAdministration admin, UnitAdministration units) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public int? UnitId { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public UserFieldsView Fields => new(DisplayName, UnitId, Roles, Units, ModelState);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Roles = [Core.Security.Roles.Ansatt];
        Units = UnitChoice.From(await units.TreeAsync(ct));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var user = await admin.CreateAsync(new UserForm(UserName, DisplayName, UnitId, Roles, [], Password), ct);
            return LocalRedirect($"/admin/brukere/{user.Id}?opprettet=true");
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddErrors(e);
            Password = null;
            Units = UnitChoice.From(await units.TreeAsync(ct));
            return Page();
        }
    }
}
