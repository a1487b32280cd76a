using Intranet.Core.Content;
using Intranet.Newsletter.Events;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Newsletter.ViewComponents;

/// <summary>Home page block: the next few events the reader may see.</summary>
public sealed class EventsHomeViewComponent(EventCatalog catalog, ReaderContextFactory readers) : ViewComponent
{
    public const int Count = 3;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var reader = await readers.ForAsync(HttpContext.User, HttpContext.RequestAborted);
        return View(await catalog.UpcomingAsync(reader, Count, HttpContext.RequestAborted));
    }
}
