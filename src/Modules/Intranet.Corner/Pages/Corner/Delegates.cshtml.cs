using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Corner.Pages.Corner;

/// <summary>/hjornet/delegater: the chief executive (or an administrator) chooses who may write on their behalf.</summary>
[Authorize(Policy = CornerPermissions.Write)]
public sealed class DelegatesModel(CornerAuthors authors, IClock clock) : PageModel
{
    public List<DelegateRow> Delegates { get; private set; } = [];
    [BindProperty] public string? UserName { get; set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Delegates = await authors.DelegatesAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        try { await authors.AddDelegateAsync(UserName ?? "", User.DisplayName(), clock.UtcNow, ct); }
        catch (ValidationFailedException e)
        {
            Error = e.Errors.Values.SelectMany(m => m).First();
            Delegates = await authors.DelegatesAsync(ct);
            return Page();
        }
        return Redirect("/hjornet/delegater");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string userId, CancellationToken ct)
    {
        await authors.RemoveDelegateAsync(userId, ct);
        return Redirect("/hjornet/delegater");
    }
}
