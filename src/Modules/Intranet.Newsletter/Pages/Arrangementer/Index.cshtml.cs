using Intranet.Core.Content;
using Intranet.Core.Security;
using Intranet.Newsletter.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Newsletter.Pages.Arrangementer;

/// <summary>/arrangementer: upcoming events and theme days the reader may see, soonest first.</summary>
[Authorize]
public sealed class IndexModel(EventCatalog catalog, ReaderContextFactory readers, PermissionRegistry permissions) : PageModel
{
    public IReadOnlyList<EventListItem> Items { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await catalog.UpcomingAsync(await readers.ForAsync(User, ct), ct: ct);
        CanManage = permissions.Allows(User, NewsletterPermissions.ManageEvents);
    }
}
