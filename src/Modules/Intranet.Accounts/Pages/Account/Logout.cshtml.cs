using Intranet.Accounts.Oidc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Account;

/// <summary>Ends the session, and the provider's session too when the person came through single sign-on.</summary>
[AllowAnonymous]
public sealed class LogoutModel : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await ProviderSignOut.SignOutAsync(HttpContext, "/logg-inn");
        return new EmptyResult();
    }
}
