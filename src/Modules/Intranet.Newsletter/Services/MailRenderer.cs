using System.Net;
using System.Text;
using Intranet.Core.Time;
using Intranet.Newsletter.Mail;
using Microsoft.Extensions.Localization;

namespace Intranet.Newsletter.Services;

/// <summary>
/// HTML and plain-text bodies for digests and one-off newsletters, in the recipient's language, with absolute
/// links (<c>Intranet:PublicUrl</c>) and a link to the setting that stops them. Everything typed is encoded.
/// </summary>
public sealed class MailRenderer(IStringLocalizer t, MailSettings settings)
{
    /// <summary>Digest: the fixed bokmål heading is translated; a newsletter's typed title is passed as is.</summary>
    public RenderedMail Render(string culture, string heading, string? intro, IReadOnlyList<DigestItem> items, bool translateHeading) =>
        MailLanguage.In(culture, () =>
        {
            var title = translateHeading ? t[heading].Value : heading;
            return new RenderedMail(title, Html(culture, title, intro, items), Text(title, intro, items));
        });

    private string Html(string culture, string heading, string? intro, IReadOnlyList<DigestItem> items)
    {
        var h = new StringBuilder();
        h.Append($"<!DOCTYPE html><html lang=\"{culture}\"><head><meta charset=\"utf-8\"><title>{E(heading)}</title></head>");
        h.Append("<body>");
        h.Append($"<h1>{E(heading)}</h1>");
        if (!string.IsNullOrWhiteSpace(intro)) h.Append($"<p>{E(intro).Replace("\n", "<br>")}</p>");
        foreach (var group in items.GroupBy(i => i.Section))
        {
            if (group.Key != DigestSection.Picked) h.Append($"<h2>{E(t[SectionTitle(group.Key)])}</h2>");
            h.Append("<ul>");
            foreach (var item in group)
                h.Append($"<li><a href=\"{E(Absolute(item.Url))}\">{E(item.Title)}</a>{Date(item)}{(item.Summary.Length > 0 ? $"<br>{E(item.Summary)}" : "")}</li>");
            h.Append("</ul>");
        }
        h.Append($"<hr><p><small>{E(t["Du får denne e-posten fordi du er ansatt i kommunen."])} ");
        h.Append($"<a href=\"{E(Absolute(Links.Unsubscribe))}\">{E(t["Endre eller stopp nyhetsbrevet"])}</a></small></p>");
        return h.Append("</body></html>").ToString();
    }

    private string Text(string heading, string? intro, IReadOnlyList<DigestItem> items)
    {
        var s = new StringBuilder().AppendLine(heading).AppendLine(new string('=', heading.Length)).AppendLine();
        if (!string.IsNullOrWhiteSpace(intro)) s.AppendLine(intro).AppendLine();
        foreach (var group in items.GroupBy(i => i.Section))
        {
            if (group.Key != DigestSection.Picked) s.AppendLine(t[SectionTitle(group.Key)]).AppendLine();
            foreach (var item in group)
            {
                s.AppendLine($"* {item.Title}").AppendLine($"  {Absolute(item.Url)}");
                if (item.Summary.Length > 0) s.AppendLine($"  {item.Summary}");
            }
            s.AppendLine();
        }
        s.AppendLine("--").AppendLine(t["Endre eller stopp nyhetsbrevet"] + ": " + Absolute(Links.Unsubscribe));
        return s.ToString();
    }

    public static string SectionTitle(DigestSection section) => section switch
    {
        DigestSection.MustRead => "Viktig – må leses",
        DigestSection.Corner => "Kommunedirektørens hjørne",
        DigestSection.News => "Nyheter",
        DigestSection.Stories => "Gode historier",
        _ => "Utvalgte saker",
    };

    private string Date(DigestItem item) =>
        item.PublishedAt is { } at ? $" <small>({E(OsloTime.DisplayDate(at))})</small>" : "";

    private string Absolute(string url) => url.StartsWith("http", StringComparison.Ordinal) ? url : settings.PublicUrl + url;

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
