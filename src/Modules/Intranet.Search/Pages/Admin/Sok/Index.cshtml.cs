using Intranet.Core.Security;
using Intranet.Search.Indexing;
using Intranet.Search.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Search.Pages.Admin.Sok;

/// <summary>/admin/sok: index status for this node and the rebuild button (progress polled by search-admin.js).</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class IndexModel(IndexOverview overview, RebuildLauncher launcher) : PageModel
{
    public IndexOverview.Snapshot Status { get; private set; } = null!;
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Status = await overview.ReadAsync(ct);

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken ct)
    {
        Message = launcher.Start() ? "Gjenoppbyggingen er startet. Søket virker som før mens den pågår." : "En gjenoppbygging pågår allerede.";
        Status = await overview.ReadAsync(ct);
        return Page();
    }
}
