using Intranet.Accounts.Oidc;
using Intranet.Accounts.Services;
using Intranet.Core.Localization;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Intranet.Accounts.Pages.Account;

/// <summary>
/// The login form. Five wrong passwords lock the account for 15 minutes; posts are rate limited per client
/// address (the host's "login" policy leaves GET alone). The username stays in the form after a failure.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<IntranetUser> signIn, OidcSettings oidc, LocalLoginSetting localLogin) : PageModel
{
    public const string LockedOutMessage = SignInMessages.LockedOut;
    public const string WrongMessage = SignInMessages.Wrong;

    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>
    /// "?lokal=1" (the documented recovery path) shows the local form even when it is hidden. A string, because
    /// the bool binder does not take "1".
    /// </summary>
    [BindProperty(SupportsGet = true)] public string? Lokal { get; set; }
    [BindProperty(SupportsGet = true)] public string? Feil { get; set; }
    [BindProperty(SupportsGet = true)] public string? Utlogget { get; set; }

    public string? ErrorMessage { get; private set; }
    /// <summary>The provider's name on the single sign-on button, or null when single sign-on is off.</summary>
    public string? ProviderName => oidc.Enabled ? oidc.DisplayName : null;
    public bool ShowLocalForm { get; private set; } = true;

    public async Task OnGetAsync()
    {
        ShowLocalForm = Lokal is "1" || string.Equals(Lokal, "true", StringComparison.OrdinalIgnoreCase) || !await localLogin.IsHiddenAsync(HttpContext.RequestAborted);
        if (Feil == "ekstern") ErrorMessage = SignInMessages.ExternalFailed;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Password ??= "";
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password) || UserName.Length > 256 || Password.Length > 512)
            return Failed(SignInMessages.Missing);
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded) return Failed(result.IsLockedOut ? LockedOutMessage : WrongMessage);
        await KeepSavedLanguageAsync();
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private PageResult Failed(string message)
    {
        ErrorMessage = message;
        Password = "";
        return Page();
    }

    /// <summary>The language cookie would otherwise outrank the user's saved choice on the next pages.</summary>
    private async Task KeepSavedLanguageAsync()
    {
        var user = await signIn.UserManager.FindByNameAsync(UserName.Trim());
        if (user is not null) CultureCookie.Write(HttpContext, user.Culture);
    }
}
