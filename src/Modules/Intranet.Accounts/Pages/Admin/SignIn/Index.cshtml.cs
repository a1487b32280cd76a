using Intranet.Accounts.Oidc;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Admin.SignIn;

/// <summary>/admin/innlogging: shows the single sign-on setup and lets an administrator hide the local login form.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class IndexModel(OidcSettings oidc, LocalLoginSetting localLogin) : PageModel
{
    [BindProperty] public bool ShowLocalForm { get; set; }
    [BindProperty(SupportsGet = true)] public bool Lagret { get; set; }

    public OidcSettings Oidc => oidc;

    public async Task OnGetAsync(CancellationToken ct) => ShowLocalForm = !await localLogin.IsHiddenAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!oidc.Enabled) return LocalRedirect("/admin/innlogging");
        await localLogin.SetHiddenAsync(!ShowLocalForm, ct);
        return LocalRedirect("/admin/innlogging?lagret=true");
    }
}
