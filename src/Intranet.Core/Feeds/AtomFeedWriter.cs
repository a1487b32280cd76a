using System.Xml;
using System.Xml.Linq;
using Intranet.Core.Models;

namespace Intranet.Core.Feeds;

/// <summary>Writes articles as an Atom 1.0 feed (RFC 4287): the one format every module's feed uses.</summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <param name="baseUrl">The site's public address; article URLs are relative to it.</param>
    /// <param name="now">The feed's updated time when it has no entries.</param>
    public static string Write(AtomFeed feed, IReadOnlyList<Article> articles, string baseUrl, DateTimeOffset now)
    {
        var root = new XElement(Atom + "feed",
            new XElement(Atom + "id", feed.Id),
            new XElement(Atom + "title", feed.Title),
            new XElement(Atom + "updated", Stamp(articles.Select(a => a.UpdatedAt).DefaultIfEmpty(now).Max())),
            feed.SelfUrl is null ? null : Link("self", feed.SelfUrl),
            Link("alternate", feed.AlternateUrl),
            new XElement(Atom + "author", new XElement(Atom + "name", feed.AuthorName)),
            articles.Select(a => Entry(a, baseUrl)));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + root;
    }

    private static XElement Entry(Article article, string baseUrl)
    {
        var url = baseUrl + article.Url;
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", url),
            new XElement(Atom + "title", article.Title),
            Link("alternate", url),
            new XElement(Atom + "published", Stamp(article.PublishedAt ?? article.CreatedAt)),
            new XElement(Atom + "updated", Stamp(article.UpdatedAt)),
            new XElement(Atom + "summary", article.Summary),
            new XElement(Atom + "content", new XAttribute("type", "html"), article.BodyHtml));
    }

    private static XElement Link(string rel, string href) => new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href));

    private static string Stamp(DateTimeOffset at) => XmlConvert.ToString(at.UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
