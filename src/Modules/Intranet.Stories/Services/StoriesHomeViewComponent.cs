using Intranet.Core.Caching;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Stories.Services;

/// <summary>
/// The stories block on the home page: featured stories, then the newest. Also shown to anonymous visitors,
/// who get public stories only (the read rule). The stories are cached per reader context (see ReaderContextCache).
/// </summary>
[ViewComponent(Name = "StoriesHome")]
public sealed class StoriesHomeViewComponent(StoryQueries stories, StoryReaders readers, ReaderContextCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var reader = await readers.ForAsync(UserClaimsPrincipal, ct);
        var shown = await cache.GetOrCreateAsync("stories-home", reader, r => stories.ForHomeAsync(r, 3, ct));
        return View(new StoriesHomeView(shown, await stories.ValuesAsync(ct)));
    }
}

public sealed record StoriesHomeView(IReadOnlyList<Core.Models.Article> Stories, IReadOnlyList<Core.Models.OrgValue> Values);
