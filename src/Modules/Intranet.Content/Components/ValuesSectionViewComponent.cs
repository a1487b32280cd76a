using Intranet.Content.Services;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Content.Components;

/// <summary>Home: "Våre verdier", one card per value linking to what shows it.</summary>
[ViewComponent(Name = "ValuesSection")]
public sealed class ValuesSectionViewComponent(OrgValueNames values) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Pages/Shared/_ValuesSection.cshtml", await values.AllAsync(HttpContext.RequestAborted));
}
