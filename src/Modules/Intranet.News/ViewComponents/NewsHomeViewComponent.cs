using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.News.Services;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.News.ViewComponents;

/// <summary>Home page block: must-read items the reader has not confirmed, pinned news, then the latest news.</summary>
public sealed class NewsHomeViewComponent(NewsHomeFeed feed, ReaderContextFactory readers) : ViewComponent
{
    public const int Latest = NewsHomeFeed.Latest;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        return View(await feed.ForAsync(await readers.ForAsync(HttpContext.User, ct), ct));
    }
}

public sealed record NewsHomeModel(List<(Article Article, bool Reminded)> Pending, List<NewsListItem> Pinned, List<NewsListItem> Latest);
