using Intranet.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Notifications.Services;

/// <summary>"Varsler (n)" in the header for signed-in users; the theme layout invokes it by name.</summary>
[ViewComponent(Name = "NotificationBell")]
public sealed class NotificationBellViewComponent(NotificationInbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.UserId();
        if (userId is null) return Content("");
        return View(await inbox.UnreadCountAsync(userId, HttpContext.RequestAborted));
    }
}
