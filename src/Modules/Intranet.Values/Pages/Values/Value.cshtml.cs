using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Values.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Values.Pages.Values;

/// <summary>
/// One value: what it means, how we live it, the newest stories and news showing it, and counts per sector.
/// (Ordering by applause waits for the Stories module's reactions; until then the list is newest first.)
/// </summary>
[Authorize]
public sealed class ValueModel(ValueCatalog catalog, ValueArticles articles, PermissionRegistry permissions) : PageModel
{
    public LocalizedValue Value { get; private set; } = null!;
    public IReadOnlyList<Article> Newest { get; private set; } = [];
    public IReadOnlyList<SectorCount> Sectors { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await catalog.BySlugAsync(slug, ct) is not { } value) return NotFound();
        Value = value;
        var reader = ReaderContext.From(User, permissions);
        Newest = await articles.NewestAsync(reader, slug, 12, ct);
        Sectors = await articles.PerSectorAsync(reader, slug, ct);
        Total = Sectors.Sum(s => s.Count);
        return Page();
    }
}
