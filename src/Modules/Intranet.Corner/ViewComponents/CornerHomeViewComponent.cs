using Intranet.Core.Caching;
using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Corner.ViewComponents;

/// <summary>Home page block: the newest corner post (cached per reader context, see ReaderContextCache).</summary>
public sealed class CornerHomeViewComponent(CornerReader corner, ReaderContextFactory readers, ReaderContextCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var reader = await readers.ForAsync(HttpContext.User, ct);
        var latest = await cache.GetOrCreateAsync("corner-home", reader, r => corner.LatestAsync(r, 1, ct));
        return View(new CornerHomeModel(await corner.LabelAsync(ct), latest.FirstOrDefault()));
    }
}

public sealed record CornerHomeModel(string Label, Article? Latest);
