using Intranet.Core.Caching;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Core.Time;
using Intranet.News.Models;
using Intranet.News.ViewComponents;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Services;

/// <summary>
/// The news block of the home page. What every reader with the same context sees (pinned, latest, the must-read
/// items they may read) is cached per reader context and expires on every content change; only the reader's own
/// must-read confirmations are looked up per request (one query on the confirmations' key).
/// </summary>
public sealed class NewsHomeFeed(NewsReader news, MustReadService mustRead, UnitScope units, ReaderContextCache cache, IClock clock,
    IntranetDbContext db)
{
    public const int Latest = 5;
    public const int Pinned = 3;

    /// <summary>How many visible must-read items are candidates for "not yet confirmed" (newest first).</summary>
    public const int MustReadCandidates = 100;

    public async Task<NewsHomeModel> ForAsync(ReaderContext reader, CancellationToken ct = default)
    {
        var shared = await cache.GetOrCreateAsync("news-home", reader, r => SharedAsync(r, ct));
        var pending = await mustRead.PendingAsync(reader, shared.MustRead, ct);
        var shown = pending.Select(p => p.Article.Id).ToHashSet();
        var pinned = shared.Pinned.Where(p => !shown.Contains(p.Article.Id)).Take(Pinned).ToList();
        shown.UnionWith(pinned.Select(p => p.Article.Id));
        var latest = shared.Latest.Where(i => !shown.Contains(i.Article.Id)).Take(Latest).ToList();
        return new NewsHomeModel(pending, pinned, latest);
    }

    private async Task<SharedNews> SharedAsync(ReaderContext reader, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var items = db.Set<NewsItem>();
        var visible = news.Visible(reader, now).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).AsNoTracking();
        // Only items that ask this reader to confirm: a targeted must-read item is not the business of other units.
        var scope = await units.ReaderScopeAsync(reader.UnitId, ct);
        var mustReadArticles = await mustRead.AskingReaderIn(visible.Where(a => items.Any(n => n.ArticleId == a.Id && n.MustRead)), scope)
            .Take(MustReadCandidates).ToListAsync(ct);
        // Enough pinned and latest items to fill the block whatever the reader has left unconfirmed.
        var spare = MustReadService.MaxPending + Pinned;
        var pinned = await visible.Where(a => items.Any(n => n.ArticleId == a.Id && n.Pinned)).Take(spare).ToListAsync(ct);
        var latest = await news.ListAsync(reader, new NewsFilter(), PageRequest.From(1, Latest + spare), ct);
        return new SharedNews(mustReadArticles, await news.DecorateAsync(pinned, [], ct), latest.Items.ToList());
    }

    private sealed record SharedNews(List<Article> MustRead, List<NewsListItem> Pinned, List<NewsListItem> Latest);
}
