using System.Net;
using Intranet.Core.Security;
using Intranet.Newsletter.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using P = Intranet.Security.Tests.XssPayloads;

namespace Intranet.Security.Tests;

/// <summary>
/// Stored XSS through file names and people's contact fields, and what leaves the page: corner attachment names (on
/// the post, the editor, the archive export and in <c>Content-Disposition</c>), the welcome pack's buddy, newsletter
/// e-mails, and the search admin's synonyms and best bets.
/// </summary>
public abstract class StoredXssNamesAndMailTests(SecuritySite site, BrowserSession browser) : StoredXssTestBase(site, browser)
{
    private static readonly string[] HostileFileNames =
    [
        // No slash in this one: everything up to the last path separator is dropped, marker included.
        P.Marker + "F1 \"><img src=x onerror=window.__xss=1><svg onload=alert(1)>\u202E\uFF1Cscript\uFF1E.pdf",
        "../../etc/passwd\r\nX-Injected: ja\r\n\r\n<script>window.__xss=1</script>.pdf",
        "C:\\Users\\ola\\Notat «æøå» \u202Egnp.exe 😀.pdf",
        "a\"; filename=\"evil.exe\"; x=\".pdf",
        "..\\..\\web.config%00.pdf",
    ];

    [Fact]
    public async Task Corner_attachment_names_never_run_and_download_headers_stay_one_safe_value()
    {
        var files = HostileFileNames.Select(n => MultipartCalls.PdfPart(n, MultipartCalls.Pdf("navn"))).ToArray();
        var (url, _, links) = await SecurityData.CornerNoteAsync(Site, P.Line("KN"), P.Markdown("KNB"), files);
        Assert.Equal(HostileFileNames.Length, links.Count);

        var reader = await Site.CookieClientAsync(DemoUsers.Ansatt);
        foreach (var link in links)
        {
            var response = await reader.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("X-Injected"), link);
            var raw = string.Join("|", response.Content.Headers.GetValues("Content-Disposition"));
            Assert.DoesNotContain('\r', raw);
            Assert.DoesNotContain('\n', raw);
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal("attachment", disposition.DispositionType);
            var fallback = disposition.FileName!.Trim('"');
            Assert.True(fallback.All(c => c is >= ' ' and <= '~' and not '"' and not '\\'), raw);
            var name = disposition.FileNameStar ?? "";
            Assert.True(name.EndsWith(".pdf") && !name.Contains('/') && !name.Contains('\\') && !name.Any(char.IsControl) && !name.Contains('"'), raw);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("sandbox", string.Join("", response.Headers.GetValues("Content-Security-Policy")));
        }

        var page = await Probe.PageAsync(DemoUsers.Ansatt);
        Assert.Contains(P.Marker + "F1", await Probe.AssertInertAsync(page, url));
        var chief = await Probe.PageAsync(DemoUsers.Kommunedirektor);
        Assert.Contains(P.Marker + "F1", await Probe.AssertInertAsync(chief, url + "/rediger") + await chief.InnerHTMLAsync("main"));
        var export = await (await Site.CookieClientAsync(DemoUsers.Kommunikasjon)).GetStringAsync(url + "/eksport");
        Assert.Contains(P.Marker + "F1", await Probe.AssertInertHtmlAsync(await Probe.PageAsync(null), export, url + "/eksport"));
    }

    [Fact]
    public async Task The_buddys_name_email_and_phone_in_the_welcome_pack_never_run()
    {
        var hire = await TestUsers.CreateAsync(Site.Services, P.Line("NH"), Roles.Nyansatt);
        var buddy = await TestUsers.CreateAsync(Site.Services, P.Line("BU"), configure: u =>
        {
            u.Email = "x\"onmouseover=\"window.__xss=1\"<script>@eksempel.no";
            u.PhoneNumber = "javascript:window.__xss=1\" onclick=\"window.__xss=1";
        });
        var (hireId, buddyId) = (await UserIdAsync(hire), await UserIdAsync(buddy));
        var assigned = await (await Site.CookieClientAsync(DemoUsers.Enhetsleder)).PostFormAsync("/velkommen/enhet?enhet=hjemmetjenesten&handler=Buddy",
            new() { ["Buddy.NewHireId"] = hireId, ["Buddy.BuddyId"] = buddyId }, "/velkommen/enhet?enhet=hjemmetjenesten");
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        var newcomer = await PageAsync(hire);
        Assert.Contains(P.Marker + "BU", await Probe.AssertInertAsync(newcomer, "/velkommen"));
        var leader = await Probe.PageAsync(DemoUsers.Enhetsleder);
        Assert.Contains(P.Marker + "NH", await Probe.AssertInertAsync(leader, "/velkommen/enhet?enhet=hjemmetjenesten"));
    }

    [Fact]
    public async Task Newsletter_texts_and_the_mails_they_make_never_run()
    {
        var admin = await Site.CookieClientAsync(DemoUsers.Admin);
        var title = P.Line("NL" + Guid.NewGuid().ToString("N")[..4]);
        var sent = await admin.PostFormAsync("/admin/nyhetsbrev?handler=Send", new() { ["Title"] = title, ["Intro"] = P.Markdown("NLI") }, "/admin/nyhetsbrev");
        AssertAccepted(sent, "newsletter");
        var html = await WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Subject.Contains(P.Marker + "NL")).Select(m => m.HtmlBody).FirstAsync());
        Assert.Contains(P.Marker + "NLI", await Probe.AssertInertHtmlAsync(await Probe.PageAsync(null), html, "the newsletter e-mail"));

        var staff = await Probe.PageAsync(DemoUsers.Admin);
        await Probe.AssertInertAsync(staff, "/admin/nyhetsbrev");
        await staff.FillAsync("#Title", P.Line("NP"));
        await staff.FillAsync("#Intro", P.Markdown("NPI"));
        await SubmitAsync(staff, "button[formaction*='Preview']");
        Assert.Contains(P.Marker + "NPI", await Probe.AssertInertHereAsync(staff, "the newsletter preview"));
    }

    [Fact]
    public async Task Search_synonyms_and_best_bets_never_run_in_the_admin_pages()
    {
        var news = await Site.PostJsonOkAsync(DemoUsers.Kommunikasjon, "/api/news", new { title = "Anbefalt " + Guid.NewGuid().ToString("N")[..6], body = "Tekst." });
        var url = await UrlAsync(news.GetProperty("id").GetInt32());
        var admin = await Site.CookieClientAsync(DemoUsers.Admin);
        var bet = await admin.PostFormAsync("/admin/sok/anbefalt?handler=Add", new() { ["Query"] = P.Line("BB"), ["Article"] = url }, "/admin/sok/anbefalt");
        Assert.Equal(HttpStatusCode.Redirect, bet.StatusCode);

        var staff = await Probe.PageAsync(DemoUsers.Admin);
        Assert.Contains((P.Marker + "BB").ToLowerInvariant(), (await Probe.AssertInertAsync(staff, "/admin/sok/anbefalt")).ToLowerInvariant());
        await Probe.AssertInertAsync(staff, "/admin/sok/synonymer");
        var existing = await staff.InputValueAsync("#synonym-text");
        await staff.FillAsync("#synonym-text", existing + "\n" + P.Line("SY") + ", <svg onload=window.__xss=1>");
        await SubmitAsync(staff, "main form button[type=submit]");
        await Probe.AssertInertHereAsync(staff, "saved synonyms");
        Assert.Contains((P.Marker + "SY").ToLowerInvariant(), (await Probe.AssertInertAsync(staff, "/admin/sok/synonymer") + await staff.InputValueAsync("#synonym-text")).ToLowerInvariant());
        await staff.FillAsync("#synonym-text", P.Line("SYE"));
        await SubmitAsync(staff, "main form button[type=submit]");
        Assert.Contains(P.Marker + "SYE", await Probe.AssertInertHereAsync(staff, "the synonym error"));
        await Probe.AssertInertAsync(await Probe.PageAsync(DemoUsers.Ansatt), "/sok?q=" + Uri.EscapeDataString(P.Marker + "SY"));
    }
}

[Collection(SecurityCollection.Name)]
public sealed class StoredXssNamesAndMailTestsSqlite(SqliteSecuritySite site, BrowserSession browser) : StoredXssNamesAndMailTests(site, browser);

[Collection(PostgresSecurityCollection.Name)]
public sealed class StoredXssNamesAndMailTestsPostgres(PostgresSecuritySite site, BrowserSession browser) : StoredXssNamesAndMailTests(site, browser);
