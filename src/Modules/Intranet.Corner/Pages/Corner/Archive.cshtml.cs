using Intranet.Core.Content;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Corner.Pages.Corner;

/// <summary>/hjornet/arkiv/{year}: the posts and answered questions of one year, with links to the other years.</summary>
[Authorize]
public sealed class ArchiveModel(CornerArchive archive, CornerReader corner, ReaderContextFactory readers) : PageModel
{
    public CornerYear Data { get; private set; } = null!;
    public string Label { get; private set; } = CornerReader.DefaultLabel;

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        if (year is < 2000 or > 2200) return NotFound();
        Data = await archive.YearAsync(await readers.ForAsync(User, ct), year, ct);
        Label = await corner.LabelAsync(ct);
        return Page();
    }
}
