using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Corner.ViewComponents;

/// <summary>Home page block: the newest corner post.</summary>
public sealed class CornerHomeViewComponent(CornerReader corner, ReaderContextFactory readers) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var latest = await corner.LatestAsync(await readers.ForAsync(HttpContext.User, ct), 1, ct);
        return View(new CornerHomeModel(await corner.LabelAsync(ct), latest.FirstOrDefault()));
    }
}

public sealed record CornerHomeModel(string Label, Article? Latest);
