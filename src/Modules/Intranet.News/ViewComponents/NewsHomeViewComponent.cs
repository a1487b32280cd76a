using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Core.Time;
using Intranet.News.Models;
using Intranet.News.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.ViewComponents;

/// <summary>Home page block: must-read items the reader has not confirmed, pinned news, then the latest news.</summary>
public sealed class NewsHomeViewComponent(NewsReader news, MustReadService mustRead, ReaderContextFactory readers, IClock clock, Core.Data.IntranetDbContext db) : ViewComponent
{
    public const int Latest = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var reader = await readers.ForAsync(HttpContext.User, ct);
        var pending = await mustRead.PendingAsync(reader, ct);
        var shown = pending.Select(p => p.Article.Id).ToHashSet();
        var pinned = await PinnedAsync(reader, shown, ct);
        shown.UnionWith(pinned.Select(p => p.Article.Id));
        var latest = await news.ListAsync(reader, new NewsFilter(), PageRequest.From(1, Latest + shown.Count), ct);
        return View(new NewsHomeModel(pending, pinned, latest.Items.Where(i => !shown.Contains(i.Article.Id)).Take(Latest).ToList()));
    }

    private async Task<List<NewsListItem>> PinnedAsync(ReaderContext reader, HashSet<int> except, CancellationToken ct)
    {
        var items = db.Set<NewsItem>();
        var articles = await news.Visible(reader, clock.UtcNow)
            .Where(a => items.Any(n => n.ArticleId == a.Id && n.Pinned) && !except.Contains(a.Id))
            .OrderByDescending(a => a.PublishedAt).Take(3).AsNoTracking().ToListAsync(ct);
        return await news.DecorateAsync(articles, [], ct);
    }
}

public sealed record NewsHomeModel(List<(Article Article, bool Reminded)> Pending, List<NewsListItem> Pinned, List<NewsListItem> Latest);
