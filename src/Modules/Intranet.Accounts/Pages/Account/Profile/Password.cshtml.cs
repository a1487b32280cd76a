using Intranet.Accounts.Sessions;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Account.Profile;

/// <summary>/profil/passord: change one's password; the other sessions and all tokens end.</summary>
[Authorize]
public sealed class PasswordModel(UserManager<IntranetUser> users, SessionTermination sessions) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    [BindProperty(SupportsGet = true)] public bool Lagret { get; set; }

    /// <summary>False for people who sign in only through the provider: their password lives there.</summary>
    public bool HasPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        HasPassword = await users.HasPasswordAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        HasPassword = await users.HasPasswordAsync(user);
        if (!HasPassword) return Page();
        if (string.IsNullOrEmpty(CurrentPassword)) ModelState.AddModelError(nameof(CurrentPassword), "Skriv det nåværende passordet.");
        if (string.IsNullOrEmpty(NewPassword) || NewPassword.Length > 512) ModelState.AddModelError(nameof(NewPassword), "Skriv et nytt passord.");
        else if (NewPassword != ConfirmPassword) ModelState.AddModelError(nameof(ConfirmPassword), "Passordene er ikke like.");
        if (!ModelState.IsValid) return Page();
        try
        {
            await sessions.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
            return LocalRedirect("/profil/passord?lagret=true");
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddErrors(failure);
            return Page();
        }
    }
}
