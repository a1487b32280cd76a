using Intranet.Content.Services;
using Intranet.Core.Models;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Content.Components;

/// <summary>Home: the chief executive's newest corner post.</summary>
[ViewComponent(Name = "CornerSection")]
public sealed class CornerSectionViewComponent(ArticleReader articles, ReaderContexts readers) : KindSectionViewComponent(articles, readers)
{
    public Task<IViewComponentResult> InvokeAsync() =>
        RenderAsync("home-corner", ArticleKinds.Corner, "Fra kommunedirektøren", "Alle innlegg i hjørnet", 1);
}
