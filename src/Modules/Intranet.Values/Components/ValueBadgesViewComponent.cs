using Intranet.Values.Services;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Values.Components;

/// <summary>
/// The value badges for an article: <c>@await Component.InvokeAsync("ValueBadges", new { slugs })</c>
/// (or the theme's _ValueBadges partial). Each badge links to the value's page.
/// </summary>
public sealed class ValueBadgesViewComponent(ValueCatalog catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(IEnumerable<string>? slugs)
    {
        var values = await catalog.ForSlugsAsync(slugs ?? []);
        return values.Count == 0 ? Content("") : View(values);
    }
}
