using Intranet.Core.Caching;
using Intranet.Core.Content;
using Intranet.Newsletter.Events;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Newsletter.ViewComponents;

/// <summary>Home page block: the next few events the reader may see (cached per reader context, see ReaderContextCache).</summary>
public sealed class EventsHomeViewComponent(EventCatalog catalog, ReaderContextFactory readers, ReaderContextCache cache) : ViewComponent
{
    public const int Count = 3;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var reader = await readers.ForAsync(HttpContext.User, HttpContext.RequestAborted);
        return View(await cache.GetOrCreateAsync("events-home", reader, r => catalog.UpcomingAsync(r, Count, HttpContext.RequestAborted)));
    }
}
