using Intranet.Core.Security;
using Intranet.Insights.Models;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Insights.Pulse;

/// <summary>Home page banner: pulse surveys open now that the reader has not answered in this round.</summary>
public sealed class PulseHomeViewComponent(PulseAnswering answering) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (HttpContext.User.UserId() is not { } userId) return Content("");
        var pending = await answering.PendingAsync(userId, HttpContext.RequestAborted);
        return pending.Count == 0 ? Content("") : View(pending.Select(p => p.Survey).ToList());
    }
}
