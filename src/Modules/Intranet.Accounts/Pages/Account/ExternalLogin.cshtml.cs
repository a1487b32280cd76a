using Intranet.Accounts.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Account;

/// <summary>/logg-inn/ekstern starts single sign-on (authorization code flow with PKCE) at the provider.</summary>
[AllowAnonymous]
public sealed class ExternalLoginModel(OidcSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (!settings.Enabled) return LocalRedirect("/logg-inn");
        var back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        var properties = new AuthenticationProperties
        {
            RedirectUri = "/logg-inn/ekstern/tilbake?returnUrl=" + Uri.EscapeDataString(back),
        };
        return Challenge(properties, OidcSettings.Scheme);
    }
}
