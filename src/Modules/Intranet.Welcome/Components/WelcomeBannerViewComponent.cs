using Intranet.Core.Security;
using Intranet.Welcome.Services;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Welcome.Components;

/// <summary>A prominent link to the welcome page at the top of the home page, for new hires only.</summary>
public sealed class WelcomeBannerViewComponent(NewHires newHires) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.UserId() is not { } id || !await newHires.IsNewHireAsync(id)) return Content("");
        return View("Default", UserClaimsPrincipal.DisplayName());
    }
}
