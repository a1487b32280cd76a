using Intranet.Core.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<IntranetUser> signIn) : PageModel
{
    public const string LockedOutMessage = "Kontoen er midlertidig låst etter for mange mislykkede forsøk. Prøv igjen om 15 minutter, eller kontakt IT.";
    public const string WrongMessage = "Feil brukernavn eller passord.";

    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password) || UserName.Length > 256 || Password.Length > 512)
        {
            ErrorMessage = "Skriv brukernavn og passord.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ErrorMessage = result.IsLockedOut ? LockedOutMessage : WrongMessage;
        Password = "";
        return Page();
    }
}
