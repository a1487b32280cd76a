using Microsoft.AspNetCore.Mvc;

namespace Intranet.Stories.Services;

/// <summary>
/// The stories block on the home page: featured stories, then the newest. Also shown to anonymous visitors,
/// who get public stories only (the read rule).
/// </summary>
[ViewComponent(Name = "StoriesHome")]
public sealed class StoriesHomeViewComponent(StoryQueries stories, StoryReaders readers) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var reader = await readers.ForAsync(UserClaimsPrincipal, ct);
        return View(new StoriesHomeView(await stories.ForHomeAsync(reader, 3, ct), await stories.ValuesAsync(ct)));
    }
}

public sealed record StoriesHomeView(IReadOnlyList<Core.Models.Article> Stories, IReadOnlyList<Core.Models.OrgValue> Values);
