using Intranet.Accounts.Models;
using Intranet.Accounts.Services;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Pages.Admin.Users;

/// <summary>One user: name, unit, roles, the units they lead, and locking the account.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class EditModel(UserAdministration admin, UserLockout lockout, UnitAdministration units,
    UserManager<IntranetUser> users, IntranetDbContext db) : PageModel
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public int? UnitId { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public List<int> Leads { get; set; } = [];
    [BindProperty(SupportsGet = true)] public bool Opprettet { get; set; }
    [BindProperty(SupportsGet = true)] public bool Lagret { get; set; }

    public IntranetUser Person { get; private set; } = null!;
    public bool IsLocked { get; private set; }
    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];
    public UserFieldsView Fields => new(DisplayName, UnitId, Roles, Units, ModelState);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        (DisplayName, UnitId) = (Person.DisplayName, Person.UnitId);
        Roles = (await users.GetRolesAsync(Person)).ToList();
        Leads = await db.UnitLeaders.Where(l => l.UserId == id).Select(l => l.UnitId).ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string id, CancellationToken ct) =>
        RunAsync(id, () => admin.UpdateAsync(id, new UserForm(null, DisplayName, UnitId, Roles, Leads), ct), ct);

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct) =>
        RunAsync(id, () => lockout.LockAsync(id, User.UserId()), ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) =>
        RunAsync(id, () => lockout.UnlockAsync(id), ct);

    private async Task<IActionResult> RunAsync(string id, Func<Task> change, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        try
        {
            await change();
            return LocalRedirect($"/admin/brukere/{Uri.EscapeDataString(id)}?lagret=true");
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddErrors(e);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var found = await users.FindByIdAsync(id);
        if (found is null) return false;
        Person = found;
        IsLocked = lockout.IsLocked(found);
        Units = UnitChoice.From(await units.TreeAsync(ct));
        return true;
    }
}
