using Intranet.Content.Services;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Content.Components;

/// <summary>The newest readable articles of one kind as a card list (shared by the home sections).</summary>
public abstract class KindSectionViewComponent(ArticleReader articles, ReaderContexts readers) : ViewComponent
{
    protected async Task<IViewComponentResult> RenderAsync(string id, string kind, string heading, string moreText, int count)
    {
        var reader = await readers.ForAsync(UserClaimsPrincipal, HttpContext.RequestAborted);
        var result = await articles.ListAsync(reader, new ArticleFilter(kind), PageRequest.From(1, count), HttpContext.RequestAborted);
        var model = new ArticleSectionModel(id, heading, result.Items, "/" + ArticleKinds.PathSegment(kind), moreText);
        return View("~/Pages/Shared/_ArticleSection.cshtml", model);
    }
}
