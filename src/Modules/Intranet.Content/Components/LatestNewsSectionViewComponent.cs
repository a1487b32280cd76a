using Intranet.Content.Services;
using Intranet.Core.Models;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Content.Components;

/// <summary>Home: the latest news.</summary>
[ViewComponent(Name = "LatestNewsSection")]
public sealed class LatestNewsSectionViewComponent(ArticleReader articles, ReaderContexts readers) : KindSectionViewComponent(articles, readers)
{
    public Task<IViewComponentResult> InvokeAsync() =>
        RenderAsync("home-news", ArticleKinds.News, "Siste nytt", "Alle nyheter", 4);
}
