using Intranet.Accounts.Models;
using Intranet.Accounts.Services;
using Intranet.Core.Paging;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Admin.Users;

/// <summary>All users, searchable by name or username, a page at a time.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class IndexModel(UserAdministration admin) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int? Side { get; set; }
    [BindProperty(SupportsGet = true)] public bool Slettet { get; set; }

    public PagedResult<UserRow> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Q?.Length > 200) Q = Q[..200];
        Result = await admin.SearchAsync(Q, PageRequest.From(Side, 25), ct);
    }

    public string PageUrl(int page) =>
        "/admin/brukere?side=" + page + (string.IsNullOrWhiteSpace(Q) ? "" : "&q=" + Uri.EscapeDataString(Q));
}
