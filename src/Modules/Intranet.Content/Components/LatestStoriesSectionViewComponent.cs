using Intranet.Content.Services;
using Intranet.Core.Models;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Content.Components;

/// <summary>Home: the latest good stories (public ones also for anonymous visitors).</summary>
[ViewComponent(Name = "LatestStoriesSection")]
public sealed class LatestStoriesSectionViewComponent(ArticleReader articles, ReaderContexts readers) : KindSectionViewComponent(articles, readers)
{
    public Task<IViewComponentResult> InvokeAsync() =>
        RenderAsync("home-stories", ArticleKinds.Story, "De gode historiene", "Alle historier", 3);
}
