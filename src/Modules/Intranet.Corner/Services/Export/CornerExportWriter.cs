using System.Globalization;
using System.Net;
using System.Text;
using Intranet.Core.Models;
using Intranet.Corner.Models;

namespace Intranet.Corner.Services.Export;

/// <summary>
/// The archive copy as one self-contained HTML file (bokmål, UTF-8, no scripts, no external resources):
/// metadata, every version with its content, attachments with checksums, and the audit trail. Versions'
/// HTML was sanitised when it was rendered; everything else is encoded here.
/// </summary>
public static class CornerExportWriter
{
    public static string Write(CornerExport e)
    {
        var a = e.Article;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Enc(a.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(Enc(a.Title)).Append(" – arkivkopi</title>\n")
            .Append("<meta name=\"generator\" content=\"Intranett\">\n</head>\n<body>\n")
            .Append("<h1>").Append(Enc(a.Title)).Append("</h1>\n");
        WriteMetadata(html, e);
        WriteAttachments(html, e);
        WriteVersions(html, e);
        WriteHistory(html, e);
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void WriteMetadata(StringBuilder html, CornerExport e)
    {
        var a = e.Article;
        html.Append("<h2>Metadata</h2>\n<dl id=\"metadata\">\n");
        Item(html, "Type", e.Post?.Type == CornerPostType.CouncilNote ? "Notat til formannskap og kommunestyre" : "Innlegg i kommunedirektørens hjørne");
        Item(html, "Tittel", a.Title);
        Item(html, "Forfatter", a.AuthorName);
        Item(html, "På vegne av", e.Post?.OnBehalf == true ? "Kommunedirektøren" : "–");
        Item(html, "Status", a.Status.ToString());
        Item(html, "Opprettet", Time(a.CreatedAt));
        Item(html, "Publisert", Time(a.PublishedAt));
        Item(html, "Sist endret", Time(a.UpdatedAt));
        Item(html, "Gjeldende versjon", a.Version.ToString(CultureInfo.InvariantCulture));
        Item(html, "Målform", a.Language == "nn" ? "nynorsk" : "bokmål");
        Item(html, "Adresse", e.BaseUrl + a.Url);
        Item(html, "Artikkel-id", a.Id.ToString(CultureInfo.InvariantCulture));
        Item(html, "Eksportert", Time(e.ExportedAt));
        Item(html, "Eksportert av", e.ExportedBy);
        html.Append("</dl>\n");
    }

    private static void WriteAttachments(StringBuilder html, CornerExport e)
    {
        html.Append("<h2>Vedlegg</h2>\n");
        if (e.Attachments.Count == 0) { html.Append("<p>Ingen vedlegg.</p>\n"); return; }
        html.Append("<table id=\"attachments\">\n<tr><th>Fil</th><th>Størrelse (byte)</th><th>SHA-256</th><th>Lastet opp</th><th>Av</th></tr>\n");
        foreach (var f in e.Attachments)
            html.Append("<tr><td>").Append(Enc(f.FileName)).Append("</td><td>").Append(f.Length.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td><code>").Append(Enc(f.Sha256)).Append("</code></td><td>").Append(Enc(Time(f.UploadedAt)))
                .Append("</td><td>").Append(Enc(f.UploadedBy)).Append("</td></tr>\n");
        html.Append("</table>\n");
    }

    private static void WriteVersions(StringBuilder html, CornerExport e)
    {
        var a = e.Article;
        html.Append("<h2>Versjoner</h2>\n<p>").Append(e.EarlierVersions.Count + 1).Append(" versjoner, nyeste først.</p>\n");
        html.Append("<section class=\"version\" id=\"versjon-").Append(a.Version).Append("\">\n<h3>Versjon ").Append(a.Version)
            .Append(" (gjeldende, sist endret ").Append(Enc(Time(a.UpdatedAt))).Append(")</h3>\n");
        Content(html, a.Title, a.Summary, a.BodyHtml);
        foreach (var v in e.EarlierVersions.OrderByDescending(v => v.VersionNumber))
        {
            html.Append("<section class=\"version\" id=\"versjon-").Append(v.VersionNumber).Append("\">\n<h3>Versjon ").Append(v.VersionNumber)
                .Append(" (erstattet ").Append(Enc(Time(v.CreatedAt))).Append(" av ").Append(Enc(v.CreatedBy ?? "ukjent")).Append(")</h3>\n");
            Content(html, v.Title, v.Summary, v.BodyHtml);
        }
    }

    private static void Content(StringBuilder html, string title, string summary, string bodyHtml) =>
        html.Append("<p><strong>Tittel:</strong> ").Append(Enc(title)).Append("</p>\n<p><strong>Ingress:</strong> ").Append(Enc(summary))
            .Append("</p>\n<div class=\"body\">\n").Append(bodyHtml).Append("\n</div>\n</section>\n");

    private static void WriteHistory(StringBuilder html, CornerExport e)
    {
        html.Append("<h2>Endringslogg</h2>\n<table id=\"history\">\n<tr><th>Tid</th><th>Hvem</th><th>Hva</th><th>Detaljer</th></tr>\n");
        foreach (var h in e.History)
            html.Append("<tr><td>").Append(Enc(Time(h.At))).Append("</td><td>").Append(Enc(h.UserName)).Append("</td><td>")
                .Append(Enc(h.Action)).Append("</td><td>").Append(Enc(h.Details)).Append("</td></tr>\n");
        html.Append("</table>\n");
    }

    private static void Item(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(Enc(name)).Append("</dt><dd>").Append(Enc(value)).Append("</dd>\n");

    /// <summary>ISO 8601 in UTC: unambiguous in an archive, whatever the reader's time zone.</summary>
    private static string Time(DateTimeOffset? t) => t is { } v ? v.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "–";

    private static string Enc(string? text) => WebUtility.HtmlEncode(text ?? "");
}
