using Intranet.Accounts.Oidc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Account;

/// <summary>Where the OpenID Connect handler sends the person after the provider: link the user, start the session.</summary>
[AllowAnonymous]
public sealed class ExternalCallbackModel(ExternalSignIn externalSignIn) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await externalSignIn.CompleteAsync(HttpContext);
        if (user is null) return LocalRedirect("/logg-inn?feil=ekstern");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
