using Intranet.Core.Content;
using Intranet.Core.Paging;
using Intranet.Core.Security;
using Intranet.Media.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Media.Pages.Admin.Media;

/// <summary>The media library: a paged, searchable grid where editors fix alt text and delete unused images.</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class MediaLibraryModel(MediaLibrary library) : PageModel
{
    public const int PageSize = 24;
    private const int MaxQueryLength = 200;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int? PageNumber { get; set; }

    public PagedResult<MediaLibraryEntry> Result { get; private set; } = null!;
    public Guid? ErrorFor { get; private set; }
    public string? Error { get; private set; }
    public string? TypedAlt { get; private set; }
    [TempData] public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAltAsync(Guid id, string? alt, CancellationToken ct)
    {
        try
        {
            await library.UpdateAltAsync(id, alt, Actor.From(User), ct);
        }
        catch (MediaRejectedException e)
        {
            return await ShowErrorAsync(id, e.Message, alt, ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        Notice = "Den alternative teksten er lagret.";
        return BackToList();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (!await library.DeleteAsync(id, Actor.From(User), ct))
            return await ShowErrorAsync(id, "Bildet er i bruk og kan ikke slettes. Fjern det fra artiklene først.", null, ct);
        Notice = "Bildet er slettet.";
        return BackToList();
    }

    public string PageLink(int page) =>
        Url.Page("Index", new { q = string.IsNullOrWhiteSpace(Query) ? null : Query, side = page > 1 ? page : (int?)null }) ?? "";

    private async Task<IActionResult> ShowErrorAsync(Guid id, string message, string? typed, CancellationToken ct)
    {
        ErrorFor = id;
        Error = message;
        TypedAlt = typed;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Back to the same page of the list; a search text is never longer than 200 characters, nor is the address.</summary>
    private RedirectToPageResult BackToList() => RedirectToPage(new { q = Shortened(Query), side = PageNumber });

    private static string? Shortened(string? query) => query?.Length > MaxQueryLength ? query[..MaxQueryLength] : query;

    private async Task LoadAsync(CancellationToken ct)
    {
        Query = Shortened(Query);
        Result = await library.SearchAsync(Query, PageRequest.From(PageNumber, PageSize, PageSize), ct);
    }
}
