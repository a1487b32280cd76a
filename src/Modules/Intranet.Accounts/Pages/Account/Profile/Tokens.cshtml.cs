using Intranet.Accounts.Models;
using Intranet.Accounts.Tokens;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Account.Profile;

/// <summary>/profil/tokens: make (shown once), list and revoke personal API tokens.</summary>
[Authorize]
public sealed class TokensModel(UserManager<IntranetUser> users, PersonalTokens tokens) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Access { get; set; } = "read";
    [BindProperty] public int Days { get; set; } = 90;
    [BindProperty(SupportsGet = true)] public bool Trukket { get; set; }

    public IReadOnlyList<ApiToken> Active { get; private set; } = [];
    /// <summary>The new token, shown only in the response to the form that made it.</summary>
    public string? NewToken { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Active = await tokens.ActiveAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        ModelState.Remove(nameof(Days)); // an unparsable number gets the service's Norwegian message instead
        try
        {
            (NewToken, _) = await tokens.CreateAsync(user, Name, Access, Days, ct);
            Name = null;
            ModelState.Clear();
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddErrors(failure);
        }
        Active = await tokens.ActiveAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        return await tokens.RevokeAsync(user, tokenId, ct) ? LocalRedirect("/profil/tokens?trukket=true") : NotFound();
    }
}
