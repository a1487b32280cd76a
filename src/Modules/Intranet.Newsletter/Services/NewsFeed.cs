using Intranet.Core.Content;
using Intranet.Core.Feeds;
using Intranet.Core.Time;
using Intranet.News.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Services;

/// <summary>
/// The internal news Atom feed for one user (found by their feed token): only live news that user may read,
/// through the News module's read query. The public stories feed stays in the Stories module.
/// </summary>
public sealed class NewsFeed(NewsReader news, IClock clock)
{
    public const int Size = 30;

    public async Task<string> BuildAsync(ReaderContext reader, string baseUrl, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var items = await news.Visible(reader, now).AsNoTracking().OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(Size).ToListAsync(ct);
        // No self link: the feed's own address carries the reader's secret token.
        var feed = new AtomFeed(baseUrl + Links.NewsFeed, "Nyheter – intranettet", baseUrl + "/nyheter", "Intranettet");
        return AtomFeedWriter.Write(feed, items, baseUrl, now);
    }
}
