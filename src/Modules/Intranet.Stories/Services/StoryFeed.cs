using System.Xml;
using System.Xml.Linq;
using Intranet.Core.Data;
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
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public async Task<string> BuildAsync(string baseUrl, string siteName, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var stories = await db.Articles.AsNoTracking()
            .Where(a => a.Kind == ArticleKinds.Story && a.Audience == Audience.Public
                        && a.Status == ArticleStatus.Published
                        && (a.PublishAt == null || a.PublishAt <= now) && (a.UnpublishAt == null || a.UnpublishAt > now))
            .OrderByDescending(a => a.PublishedAt).Take(Size).ToListAsync(ct);
        var feedUrl = baseUrl + "/feeds/historier.atom";
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", feedUrl),
            new XElement(Atom + "title", $"Gode historier – {siteName}"),
            new XElement(Atom + "updated", Stamp(stories.Select(s => s.UpdatedAt).DefaultIfEmpty(now).Max())),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", baseUrl + "/historier")),
            new XElement(Atom + "author", new XElement(Atom + "name", siteName)),
            stories.Select(s => Entry(s, baseUrl)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static XElement Entry(Article story, string baseUrl)
    {
        var url = baseUrl + story.Url;
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", url),
            new XElement(Atom + "title", story.Title),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", url)),
            new XElement(Atom + "published", Stamp(story.PublishedAt ?? story.CreatedAt)),
            new XElement(Atom + "updated", Stamp(story.UpdatedAt)),
            new XElement(Atom + "summary", story.Summary),
            new XElement(Atom + "content", new XAttribute("type", "html"), story.BodyHtml));
    }

    private static string Stamp(DateTimeOffset at) => XmlConvert.ToString(at.UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
