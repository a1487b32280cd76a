using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Corner.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.News.Tests;

/// <summary>Notes to the council with PDF attachments, editing with kept versions, and the export for archiving.</summary>
public abstract partial class CornerRecordsTests(CornerHost host)
{
    protected IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task A_council_note_carries_its_pdf_which_readers_download_with_safe_headers()
    {
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var title = "Notat om økonomien " + Guid.NewGuid().ToString("N")[..6];
        var pdf = MultipartCalls.Pdf("budsjett");
        var posted = await ce.PostMultipartAsync("/hjornet/ny", Fields(title, "notat"), ("../../etc/Økonomi – å vite mer.pdf", pdf));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var url = posted.Headers.Location!.OriginalString;

        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var page = await ansatt.TextAsync(url);
        Assert.Contains("Notat til formannskap og kommunestyre", page);
        Assert.Contains("Økonomi – å vite mer.pdf", page);
        var link = AttachmentLink().Match(page).Groups[1].Value;

        var download = await ansatt.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var disposition = string.Join(",", download.Content.Headers.GetValues("Content-Disposition"));
        Assert.StartsWith("attachment;", disposition);
        Assert.Contains("filename=\"Okonomi _ a vite mer.pdf\"", disposition);
        Assert.Contains("filename*=UTF-8''%C3%98konomi%20%E2%80%93%20%C3%A5%20vite%20mer.pdf", disposition);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        await AssertStoredByIdOnlyAsync(link, pdf);
    }

    [Fact]
    public async Task Anything_but_a_pdf_within_the_limit_is_refused_with_a_norwegian_message_and_the_form_kept()
    {
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        await ce.GetAsync("/?culture=nb"); // the demo chief executive reads nynorsk
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4 };
        var cases = new (string Type, string Name, byte[] Content, string Message)[]
        {
            ("notat", "bilde.pdf", png, "En av filene er ikke en PDF-fil. Bare PDF kan legges ved."),
            ("notat", "skjult.pdf", "<html><script>alert(1)</script>"u8.ToArray(), "En av filene er ikke en PDF-fil. Bare PDF kan legges ved."),
            ("notat", "stor.pdf", [.. MultipartCalls.Pdf("x"), .. new byte[CornerHost.MaxAttachmentBytes]], "En av filene er for stor. Se grensen under feltet."),
            ("notat", "tom.pdf", [], "En av filene er tom."),
            ("innlegg", "notat.pdf", MultipartCalls.Pdf("y"), "Vedlegg kan bare legges ved notater til formannskap og kommunestyre. Velg den typen."),
        };
        foreach (var (type, name, content, message) in cases)
        {
            var title = "Avvist vedlegg " + Guid.NewGuid().ToString("N")[..6];
            var response = await ce.PostMultipartAsync("/hjornet/ny", Fields(title, type), (name, content));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.True(html.Contains(message), $"{name}: {message} not in {html[html.IndexOf("<main", StringComparison.Ordinal)..]}");
            Assert.Contains("error-summary", html);
            Assert.Contains($"value=\"{title}\"", html);
            Assert.False(await WithDb(db => db.Articles.AnyAsync(a => a.Title == title)));
        }
    }

    [Fact]
    public async Task An_attachment_is_404_for_readers_who_may_not_read_its_post()
    {
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var title = "Notat som trekkes " + Guid.NewGuid().ToString("N")[..6];
        var posted = await ce.PostMultipartAsync("/hjornet/ny", Fields(title, "notat"), ("notat.pdf", MultipartCalls.Pdf("trekkes")));
        var link = AttachmentLink().Match(await ce.TextAsync(posted.Headers.Location!.OriginalString)).Groups[1].Value;
        var id = await WithDb(db => db.Articles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
        await using (var scope = Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IArticleService>().SetStatusAsync(id, ArticleStatus.Archived, Actor.System);

        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.NotFound, (await ansatt.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ansatt.GetAsync("/hjornet/vedlegg/" + Guid.NewGuid().ToString("N"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ansatt.GetAsync("/hjornet/vedlegg/..%2F..%2Fetc")).StatusCode);
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Equal(HttpStatusCode.OK, (await comms.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task An_edited_post_exports_with_every_version_metadata_and_attachments_for_communications_only()
    {
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var title = "Notat om skolestruktur " + Guid.NewGuid().ToString("N")[..6];
        var posted = await ce.PostMultipartAsync("/hjornet/ny", Fields(title, "notat", "Første utkast av teksten."), ("Skolestruktur.pdf", MultipartCalls.Pdf("skole")));
        var url = posted.Headers.Location!.OriginalString;
        var edited = await ce.PostMultipartAsync(url + "/rediger", Fields(title + " (rettet)", "notat", "Andre versjon av teksten."), ("Vedlegg 2 – kart.pdf", MultipartCalls.Pdf("kart")));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Contains("id=\"export-link\"", await comms.TextAsync(url));
        var export = await comms.GetAsync(url + "/eksport");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.StartsWith("attachment;", string.Join(",", export.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal("text/html", export.Content.Headers.ContentType!.MediaType);
        var html = WebUtility.HtmlDecode(await export.Content.ReadAsStringAsync());
        Assert.Contains("Første utkast av teksten.", html);
        Assert.Contains("Andre versjon av teksten.", html);
        Assert.Contains(title + " (rettet)", html);
        Assert.Contains("Versjon 1 (erstattet", html);
        Assert.Contains("Versjon 2 (gjeldende", html);
        Assert.Contains("Notat til formannskap og kommunestyre", html);
        Assert.Contains("Skolestruktur.pdf", html);
        Assert.Contains("Vedlegg 2 – kart.pdf", html);
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(MultipartCalls.Pdf("kart"))), html);
        Assert.Contains("<dt>Forfatter</dt>", html);
        Assert.Contains("<dt>Publisert</dt>", html);
        Assert.Contains("<dt>På vegne av</dt>", html);
        Assert.DoesNotContain("<script", html);

        Assert.Contains("id=\"export-link\"", await ce.TextAsync(url));
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.DoesNotContain("export-link", await ansatt.TextAsync(url));
        await ansatt.AssertForbiddenPageAsync(url + "/eksport");
        await ansatt.AssertForbiddenPageAsync(url + "/rediger");
    }

    [Fact]
    public async Task A_post_by_a_delegate_exports_as_written_on_behalf_of_the_chief_executive()
    {
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        await ce.PostFormAsync("/hjornet/delegater?handler=Add", new() { ["UserName"] = DemoUsers.Kommunikasjon }, "/hjornet/delegater");
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var created = await comms.PostJsonAsync("/api/corner", new { title = "Vegne-eksport " + Guid.NewGuid().ToString("N")[..6], body = "Tekst", type = "notat" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var html = WebUtility.HtmlDecode(await comms.GetStringAsync(created.Headers.Location!.OriginalString + "/eksport"));
        Assert.Contains("<dt>På vegne av</dt><dd>Kommunedirektøren</dd>", html);
        Assert.Contains("<dd>Notat til formannskap og kommunestyre</dd>", html);
    }

    private static Dictionary<string, string> Fields(string title, string type, string body = "Se vedlagt notat.") =>
        new() { ["Title"] = title, ["Body"] = body, ["Summary"] = "", ["Language"] = "nb", ["Type"] = type };

    /// <summary>On PostgreSQL the bytes are a row every node reads; on SQLite a file named by id under the data path.</summary>
    private async Task AssertStoredByIdOnlyAsync(string link, byte[] pdf)
    {
        var id = Guid.ParseExact(link[(link.LastIndexOf('/') + 1)..], "N");
        var row = await WithDb(db => db.Set<CornerAttachmentFile>().AsNoTracking().FirstOrDefaultAsync(f => f.AttachmentId == id));
        var files = Directory.Exists(Path.Combine(Factory.DataPath, "corner-attachments"))
            ? Directory.GetFiles(Path.Combine(Factory.DataPath, "corner-attachments"), "*", SearchOption.AllDirectories) : [];
        if (Factory.Provider == DatabaseProvider.Postgres)
        {
            Assert.Equal(pdf, row!.Content);
        }
        else
        {
            Assert.Null(row);
            Assert.Contains(files, f => Path.GetFileName(f) == id.ToString("N") + ".pdf");
        }
        Assert.DoesNotContain(Directory.GetFiles(Factory.DataPath, "*", SearchOption.AllDirectories), f => f.Contains("konomi"));
    }

    private async Task<T> WithDb<T>(Func<IntranetDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    [GeneratedRegex("href=\"(/hjornet/vedlegg/[0-9a-f]{32})\"")]
    private static partial Regex AttachmentLink();
}

public sealed class CornerRecordsTestsSqlite(SqliteCornerHost host) : CornerRecordsTests(host), IClassFixture<SqliteCornerHost>;

public sealed class CornerRecordsTestsPostgres(PostgresCornerHost host) : CornerRecordsTests(host), IClassFixture<PostgresCornerHost>;
