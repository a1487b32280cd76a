using Microsoft.AspNetCore.Mvc;

namespace Intranet.Stories.Services;

/// <summary>The "Historier" block on the home page: stories communications staff have featured.</summary>
[ViewComponent(Name = "StoriesHome")]
public sealed class StoriesHomeViewComponent(StoryQueries stories, StoryReaders readers) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var reader = await readers.ForAsync(UserClaimsPrincipal, ct);
        return View(new StoriesHomeView(await stories.FeaturedAsync(reader, 3, ct), await stories.ValuesAsync(ct)));
    }
}

public sealed record StoriesHomeView(IReadOnlyList<Core.Models.Article> Stories, IReadOnlyList<Core.Models.OrgValue> Values);
