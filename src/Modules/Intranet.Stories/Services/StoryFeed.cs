using Intranet.Core.Data;
using Intranet.Core.Feeds;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>
/// The Atom feed of public, live stories for the municipality's website. Built from the database on every
/// request, so a withdrawn or unpublished story is gone from the feed at the same moment as from the pages.
/// </summary>
public sealed class StoryFeed(IntranetDbContext db, IClock clock)
{
    public const int Size = 30;
    public const string Path = "/feeds/historier.atom";

    public async Task<string> BuildAsync(string baseUrl, string siteName, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var stories = await db.Articles.AsNoTracking()
            .Where(a => a.Kind == ArticleKinds.Story && a.Audience == Audience.Public
                        && a.Status == ArticleStatus.Published
                        && (a.PublishAt == null || a.PublishAt <= now) && (a.UnpublishAt == null || a.UnpublishAt > now))
            .OrderByDescending(a => a.PublishedAt).Take(Size).ToListAsync(ct);
        var feed = new AtomFeed(baseUrl + Path, $"Gode historier – {siteName}", baseUrl + "/historier", siteName, SelfUrl: baseUrl + Path);
        return AtomFeedWriter.Write(feed, stories, baseUrl, now);
    }
}
