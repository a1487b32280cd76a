using System.Net.Http.Headers;
using System.Text.Json;
using Intranet.Testing;
using Xunit;
using P = Intranet.Security.Tests.XssPayloads;

namespace Intranet.Security.Tests;

/// <summary>
/// Stored XSS: the payloads go in through the real endpoints (API or form) into every text field people fill,
/// then each page that shows the field is opened in Chromium by the people who would see it (see XssProbe).
/// Each test also checks that its marker is on the page, so a field that silently stopped showing cannot pass.
/// </summary>
public abstract class StoredXssTests(SecuritySite site, BrowserSession browser) : StoredXssTestBase(site, browser)
{
    [Fact]
    public async Task Story_title_body_consent_and_review_comments_never_run()
    {
        var published = await SubmitStoryAsync(DemoUsers.Ansatt, "SA");
        await Site.PostJsonOkAsync(DemoUsers.Kommunikasjon, $"/api/stories/{published}/review", new { decision = "approve", comment = P.Line("RA") });
        var returned = await SubmitStoryAsync(DemoUsers.Ansatt, "SB");
        await Site.PostJsonOkAsync(DemoUsers.Enhetsleder, $"/api/stories/{returned}/review", new { decision = "request-changes", comment = P.Line("RB") });
        var waiting = await SubmitStoryAsync(DemoUsers.Ansatt, "SC");
        var url = await UrlAsync(published);

        var anonymous = await Probe.PageAsync(null);
        Assert.Contains(P.Marker + "SA", await Probe.AssertInertAsync(anonymous, url));
        Assert.Contains(P.Marker + "SA", await Probe.AssertInertAsync(anonymous, "/historier"));
        await Probe.AssertInertAsync(anonymous, "/");
        await Probe.AssertInertAsync(anonymous, "/feeds/historier.atom");

        var author = await Probe.PageAsync(DemoUsers.Ansatt);
        var mine = await Probe.AssertInertAsync(author, "/historier/mine");
        Assert.Contains(P.Marker + "RB", mine);
        Assert.Contains(P.Marker + "SB", await FieldValuesAsync(author, $"/historier/{returned}/rediger"));
        await Probe.AssertInertAsync(author, url);
        await Probe.AssertInertAsync(author, "/varsler");

        var leader = await Probe.PageAsync(DemoUsers.Enhetsleder);
        var inbox = await Probe.AssertInertAsync(leader, "/historier/innboks");
        Assert.Contains(P.Marker + "SC", inbox);
        Assert.Contains(P.Marker + "CSC", inbox);
        Assert.True(waiting > 0);
    }

    [Fact]
    public async Task News_and_corner_titles_and_bodies_and_questions_never_run()
    {
        var news = await Site.PostJsonOkAsync(DemoUsers.Kommunikasjon, "/api/news", new { title = P.Line("N"), body = P.Markdown("NB"), summary = P.Line("NS") });
        var corner = await Site.PostJsonOkAsync(DemoUsers.Kommunedirektor, "/api/corner", new { title = P.Line("K"), body = P.Markdown("KB") });
        var asker = await Site.CookieClientAsync(DemoUsers.Ansatt);
        var asked = await asker.PostFormAsync("/hjornet/spor", new() { ["Text"] = P.Line("Q") });
        AssertAccepted(asked, "question");

        var reader = await Probe.PageAsync(DemoUsers.Ansatt);
        var newsUrl = await UrlAsync(news.GetProperty("id").GetInt32());
        Assert.Contains(P.Marker + "NB", await Probe.AssertInertAsync(reader, newsUrl));
        Assert.Contains(P.Marker + "N", await Probe.AssertInertAsync(reader, "/nyheter"));
        await Probe.AssertInertAsync(reader, "/");
        var cornerUrl = await UrlAsync(corner.GetProperty("id").GetInt32());
        Assert.Contains(P.Marker + "KB", await Probe.AssertInertAsync(reader, cornerUrl));
        await Probe.AssertInertAsync(reader, "/hjornet");

        var chief = await Probe.PageAsync(DemoUsers.Kommunedirektor);
        Assert.Contains(P.Marker + "Q", await Probe.AssertInertAsync(chief, "/hjornet/sporsmal"));
    }

    [Fact]
    public async Task Search_queries_echoed_back_and_listed_for_administrators_never_run()
    {
        await Site.PostJsonOkAsync(DemoUsers.Kommunikasjon, "/api/news", new { title = P.Line("SN"), body = P.Markdown("SNB") });
        var reader = await Probe.PageAsync(DemoUsers.Ansatt);
        foreach (var query in P.Body.Take(6).Append(P.Line("SQ")))
            await Probe.AssertInertAsync(reader, "/sok?q=" + Uri.EscapeDataString(query));
        await WaitForAsync(async () => (await Probe.AssertInertAsync(reader, "/sok?q=" + P.Marker + "SNB")).Contains(P.Marker + "SN"));
        await Probe.AssertInertAsync(reader, "/sok?q=" + Uri.EscapeDataString("onerror window __xss script"));
        var admin = await Probe.PageAsync(DemoUsers.Admin);
        await Probe.AssertInertAsync(admin, "/admin/sok/statistikk");
    }

    [Fact]
    public async Task Display_names_media_alt_text_and_file_names_never_run()
    {
        var person = await TestUsers.CreateAsync(Site.Services, P.Line("U"));
        var upload = await UploadAsync(DemoUsers.Ansatt, P.Line("F") + ".png", P.Line("A"));
        var mediaId = upload.GetProperty("id").GetString();
        var story = await Site.PostJsonOkAsync(DemoUsers.Kommunikasjon, "/api/news",
            new { title = "Bilde " + Guid.NewGuid().ToString("N")[..6], body = $"![{P.Line("AB")}](/media/{mediaId}/medium)" });

        var self = await Probe.PageAsync(person, TestUsers.Password);
        Assert.Contains(P.Marker + "U", await Probe.AssertInertAsync(self, "/profil"));
        await Probe.AssertInertAsync(self, await UrlAsync(story.GetProperty("id").GetInt32()));
        var admin = await Probe.PageAsync(DemoUsers.Admin);
        Assert.Contains(P.Marker + "U", await Probe.AssertInertAsync(admin, "/admin/brukere"));
        var media = await Probe.AssertInertAsync(admin, "/admin/media");
        Assert.Contains(P.Marker + "A", media + await admin.InnerHTMLAsync("main"));
    }

    [Fact]
    public async Task Welcome_sections_and_checklist_items_never_run()
    {
        var leader = await Site.CookieClientAsync(DemoUsers.Enhetsleder);
        var item = await leader.PostFormAsync("/velkommen/enhet?handler=Item", new() { ["Item.Title"] = P.Line("W"), ["Item.DueDay"] = "2" }, "/velkommen/enhet");
        AssertAccepted(item, "checklist item");
        var section = await leader.PostFormAsync("/velkommen/enhet?handler=Section",
            new() { ["Section.Title"] = P.Line("WS"), ["Section.Body"] = P.Markdown("WSB") }, "/velkommen/enhet");
        AssertAccepted(section, "section");

        var page = await Probe.PageAsync(DemoUsers.Enhetsleder);
        Assert.Contains(P.Marker + "W", await Probe.AssertInertAsync(page, "/velkommen/enhet"));
        var newcomer = await Probe.PageAsync(DemoUsers.Nyansatt);
        var welcome = await Probe.AssertInertAsync(newcomer, "/velkommen");
        Assert.Contains(P.Marker + "W", welcome);
    }

    private async Task<int> SubmitStoryAsync(string user, string tag)
    {
        var json = await Site.PostJsonOkAsync(user, "/api/stories", new
        {
            title = P.Line(tag), body = P.Markdown("B" + tag), audience = "public", values = new[] { "losningsvillig" },
            consent = new { statement = P.Line("C" + tag), obtainedAt = DateTimeOffset.UtcNow.AddDays(-1) }, submit = true,
        });
        return json.GetProperty("id").GetInt32();
    }

    private async Task<JsonElement> UploadAsync(string user, string fileName, string alt)
    {
        var client = await Site.TokenClientAsync(user);
        var file = new ByteArrayContent(Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        // filename* (RFC 5987), as browsers send names that are not ASCII.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = fileName };
        var content = new MultipartFormDataContent { file, { new StringContent(alt), "alt" } };
        var response = await client.PostAsync("/api/media", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 201, $"upload: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await condition()) return;
            await Task.Delay(250);
        }
        Assert.Fail("the indexed text never showed in search");
    }
}

[Collection(SecurityCollection.Name)]
public sealed class StoredXssTestsSqlite(SqliteSecuritySite site, BrowserSession browser) : StoredXssTests(site, browser);

[Collection(PostgresSecurityCollection.Name)]
public sealed class StoredXssTestsPostgres(PostgresSecuritySite site, BrowserSession browser) : StoredXssTests(site, browser);
