using Intranet.Accounts.AccessCodes;
using Intranet.Core.Localization;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Intranet.Accounts.Pages.Account;

/// <summary>
/// /logg-inn/kode: sign in with the username and access code from the card, then choose a password. The code
/// travels back with the password form and is checked again there, so nothing is trusted between the steps.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class CodeLoginModel(AccessCodeService codes, SignInManager<IntranetUser> signIn) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    [BindProperty(SupportsGet = true)] public string? Brukernavn { get; set; }

    public string? ErrorMessage { get; private set; }
    /// <summary>True once the code is accepted: the page asks for the new password.</summary>
    public bool ChoosePassword { get; private set; }

    public void OnGet() => UserName = Brukernavn;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var check = await codes.CheckAsync(UserName, Code, ct);
        if (!check.Valid) return Failed(check.Message!);
        ChoosePassword = true;
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        var check = await codes.CheckAsync(UserName, Code, ct);
        if (!check.Valid) return Failed(check.Message!);
        ChoosePassword = true;
        if (string.IsNullOrEmpty(NewPassword) || NewPassword.Length > 512)
            return PasswordError("Skriv et nytt passord.");
        if (NewPassword != ConfirmPassword) return PasswordError("Passordene er ikke like.");
        try
        {
            var user = await codes.RedeemAsync(check, NewPassword, ct);
            await signIn.SignInAsync(user, isPersistent: false);
            CultureCookie.Write(HttpContext, user.Culture);
            return LocalRedirect("/?velkommen=true");
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddErrors(failure);
            return Page();
        }
        catch (AccessCodeRefusedException)
        {
            return Failed(AccessCodeMessages.NotForThisAccount);
        }
    }

    private PageResult Failed(string message)
    {
        ErrorMessage = message;
        Code = null;
        ChoosePassword = false;
        return Page();
    }

    private PageResult PasswordError(string message)
    {
        ModelState.AddModelError(nameof(NewPassword), message);
        return Page();
    }
}
