using Intranet.Core.Content;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Intranet.Newsletter.Events;
using Intranet.Newsletter.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Newsletter.Pages.Arrangementer;

/// <summary>/arrangementer/{slug}: the event, sign-up or cancel, the waiting-list place, and for organisers the lists.</summary>
[Authorize]
public sealed class EventModel(EventCatalog catalog, SeatAllocator seats, ReaderContextFactory readers, PermissionRegistry permissions) : PageModel
{
    public EventListItem Item { get; private set; } = null!;
    public SignupStatus? MyStatus { get; private set; }
    public int? WaitingPosition { get; private set; }
    public bool CanManage { get; private set; }
    public IReadOnlyList<EventSignup> Signups { get; private set; } = [];
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSignupAsync(string slug, CancellationToken ct) =>
        ActAsync(slug, id => seats.SignUpAsync(id, User.UserId()!, User.DisplayName(), ct), "pameldt", ct);

    public Task<IActionResult> OnPostCancelAsync(string slug, CancellationToken ct) =>
        ActAsync(slug, id => seats.CancelAsync(id, User.UserId()!, ct), "avmeldt", ct);

    private async Task<IActionResult> ActAsync(string slug, Func<int, Task> act, string done, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        try { await act(Item.Article.Id); }
        catch (ValidationFailedException e)
        {
            Error = e.Errors.First().Value.First();
            return Page();
        }
        return RedirectToPage(new { slug, Done = done });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var item = await catalog.BySlugAsync(await readers.ForAsync(User, ct), slug, ct);
        if (item is null) return false;
        Item = item;
        var userId = User.UserId()!;
        MyStatus = await seats.StatusAsync(item.Article.Id, userId, ct);
        WaitingPosition = await catalog.WaitingPositionAsync(item.Article.Id, userId, ct);
        CanManage = permissions.Allows(User, NewsletterPermissions.ManageEvents);
        if (CanManage) Signups = await catalog.SignupsAsync(item.Article.Id, ct);
        return true;
    }
}
