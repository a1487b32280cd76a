using System.Xml;
using System.Xml.Linq;
using Intranet.Core.Content;
using Intranet.Core.Models;
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
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public async Task<string> BuildAsync(ReaderContext reader, string baseUrl, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var items = await news.Visible(reader, now).AsNoTracking().OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(Size).ToListAsync(ct);
        var feedId = baseUrl + Links.NewsFeed;
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", feedId),
            new XElement(Atom + "title", "Nyheter – intranettet"),
            new XElement(Atom + "updated", Stamp(items.Select(s => s.UpdatedAt).DefaultIfEmpty(now).Max())),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", baseUrl + "/nyheter")),
            new XElement(Atom + "author", new XElement(Atom + "name", "Intranettet")),
            items.Select(a => Entry(a, baseUrl)));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + feed;
    }

    private static XElement Entry(Article a, string baseUrl) =>
        new(Atom + "entry",
            new XElement(Atom + "id", baseUrl + a.Url),
            new XElement(Atom + "title", a.Title),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", baseUrl + a.Url)),
            new XElement(Atom + "published", Stamp(a.PublishedAt ?? a.CreatedAt)),
            new XElement(Atom + "updated", Stamp(a.UpdatedAt)),
            new XElement(Atom + "summary", a.Summary),
            new XElement(Atom + "content", new XAttribute("type", "html"), a.BodyHtml));

    private static string Stamp(DateTimeOffset at) => XmlConvert.ToString(at.UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
