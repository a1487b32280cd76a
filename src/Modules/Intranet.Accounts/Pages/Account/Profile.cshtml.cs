using Intranet.Accounts.Sessions;
using Intranet.Core.Data;
using Intranet.Core.Localization;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Pages.Account;

/// <summary>The signed-in user's own page: who they are in the organisation, and their language (nb or nn).</summary>
[Authorize]
public sealed class ProfileModel(UserManager<IntranetUser> users, SignInManager<IntranetUser> signIn, IntranetDbContext db, SessionTermination sessions) : PageModel
{
    public IntranetUser Person { get; private set; } = null!;
    public string? UnitName { get; private set; }
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public IReadOnlyList<string> LedUnits { get; private set; } = [];

    [BindProperty] public string Culture { get; set; } = Cultures.Bokmal;
    [BindProperty(SupportsGet = true)] public bool Lagret { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return Challenge();
        Culture = Person.Culture;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return Challenge();
        if (Culture is not (Cultures.Bokmal or Cultures.Nynorsk))
        {
            ModelState.AddModelError(nameof(Culture), "Velg bokmål eller nynorsk.");
            return Page();
        }
        Person.Culture = Culture;
        await users.UpdateAsync(Person);
        // The language travels as a claim in the session cookie: re-issue it, and align the language cookie.
        await signIn.RefreshSignInAsync(Person);
        CultureCookie.Write(HttpContext, Culture);
        return LocalRedirect("/profil?lagret=true");
    }

    /// <summary>"Logg ut overalt": every session, this one included, and every token stop working.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (!await LoadAsync()) return Challenge();
        await sessions.EverywhereAsync(Person);
        return LocalRedirect("/logg-inn?utlogget=overalt");
    }

    private async Task<bool> LoadAsync()
    {
        var found = await users.GetUserAsync(User);
        if (found is null) return false;
        Person = found;
        UnitName = await UnitLabelAsync(found.UnitId);
        RoleNames = (await users.GetRolesAsync(found)).Select(Roles.DisplayName).Order().ToList();
        LedUnits = await (from l in db.UnitLeaders join u in db.Units on l.UnitId equals u.Id
                          where l.UserId == found.Id orderby u.Name select u.Name).ToListAsync();
        return true;
    }

    private async Task<string?> UnitLabelAsync(int? unitId)
    {
        if (unitId is null) return null;
        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == unitId);
        return unit?.Parent is { } sector ? $"{unit.Name} ({sector.Name})" : unit?.Name;
    }
}
