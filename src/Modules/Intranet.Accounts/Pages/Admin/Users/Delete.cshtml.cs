using Intranet.Accounts.Services;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Admin.Users;

/// <summary>
/// /admin/brukere/{id}/slett: asks the administrator to confirm, then deletes the user (see <see cref="UserDeletion"/>).
/// The POST carries the antiforgery token through the form tag helper.
/// </summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class DeleteModel(UserDeletion deletion, UserManager<IntranetUser> users) : PageModel
{
    public IntranetUser Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id)) return NotFound();
        try
        {
            await deletion.DeleteAsync(id, User, ct);
            return LocalRedirect("/admin/brukere?slettet=true");
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddErrors(e);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string id)
    {
        var found = await users.FindByIdAsync(id);
        if (found is null) return false;
        Person = found;
        return true;
    }
}
