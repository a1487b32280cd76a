using Intranet.Core.Security;
using Intranet.Notifications.Models;
using Intranet.Notifications.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Notifications.Pages;

/// <summary>/varsler: the signed-in user's notifications, with mark-as-read (one or all).</summary>
[Authorize]
public sealed class VarslerModel(NotificationInbox inbox) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await inbox.LatestAsync(User.UserId()!, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostReadAsync(long? id)
    {
        await inbox.MarkReadAsync(User.UserId()!, id, HttpContext.RequestAborted);
        return RedirectToPage();
    }

    /// <summary>Marks the notification read and follows it; only local URLs are followed.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, string? url)
    {
        await inbox.MarkReadAsync(User.UserId()!, id, HttpContext.RequestAborted);
        return LocalRedirect(Url.IsLocalUrl(url) ? url! : "/varsler");
    }
}
