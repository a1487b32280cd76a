using Intranet.Insights.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using P = Intranet.Security.Tests.XssPayloads;

namespace Intranet.Security.Tests;

/// <summary>
/// Stored XSS through the editors' and administrators' forms: events, the general content editor, the values admin,
/// verdiroser, and pulse surveys. Same probe as <see cref="StoredXssTests"/> (Chromium, CSP off, marker on the page).
/// </summary>
public abstract class StoredXssAdminFieldsTests(SecuritySite site, BrowserSession browser) : StoredXssTestBase(site, browser)
{
    [Fact]
    public async Task Event_forms_and_the_content_editor_never_run()
    {
        var admin = await Site.CookieClientAsync(DemoUsers.Admin);
        var starts = DateTime.UtcNow.AddDays(9);
        var created = await admin.PostFormAsync("/arrangementer/ny", new()
        {
            ["Title"] = P.Line("E"), ["Summary"] = P.Line("ES"), ["Body"] = P.Markdown("EB"), ["Place"] = P.Line("EP"),
            ["StartsAt"] = starts.ToString("yyyy-MM-ddTHH:mm"), ["EndsAt"] = starts.AddHours(2).ToString("yyyy-MM-ddTHH:mm"),
            ["Capacity"] = "10", ["SignupOpen"] = "true",
        });
        AssertRedirected(created, "event");
        var eventUrl = created.Headers.Location!.OriginalString;

        var editor = await admin.PostFormAsync("/admin/innhold/ny", new()
        {
            ["Form.Kind"] = "page", ["Form.Title"] = P.Line("C"), ["Form.Summary"] = P.Line("CS"), ["Form.Body"] = P.Markdown("CB"),
            ["Form.Tags"] = P.Line("CT"), ["Form.Language"] = "nb", ["Form.Audience"] = "internal", ["Form.Slug"] = "\"><script>window.__xss=1</script>",
        });
        AssertRedirected(editor, "content editor");
        var editUrl = editor.Headers.Location!.OriginalString;
        var id = int.Parse(editUrl.Split('/')[^1]);
        var published = await admin.PostFormAsync(editUrl + "?handler=Status", new() { ["status"] = "publish" }, editUrl);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, published.StatusCode);

        var reader = await Probe.PageAsync(DemoUsers.Ansatt);
        var eventPage = await Probe.AssertInertAsync(reader, eventUrl);
        Assert.Contains(P.Marker + "EB", eventPage);
        Assert.Contains(P.Marker + "EP", eventPage);
        Assert.Contains(P.Marker + "E", await Probe.AssertInertAsync(reader, "/arrangementer"));
        await Probe.AssertInertAsync(reader, "/");
        Assert.Contains(P.Marker + "CB", await Probe.AssertInertAsync(reader, await UrlAsync(id)));

        var staff = await Probe.PageAsync(DemoUsers.Admin);
        Assert.Contains(P.Marker + "C", await Probe.AssertInertAsync(staff, "/admin/innhold"));
        await Probe.AssertInertAsync(staff, editUrl);
        var eventId = await EventIdAsync(eventUrl);
        await Probe.AssertInertAsync(staff, $"/arrangementer/{eventId}/rediger");
    }

    [Fact]
    public async Task Values_admin_and_verdiroser_never_run()
    {
        var admin = await Site.CookieClientAsync(DemoUsers.Admin);
        var (icon, order) = await ValueSettingsAsync("aerlig");
        var saved = await admin.PostFormAsync("/admin/verdier?slug=aerlig", new()
        {
            ["Edit.Name"] = P.Line("V"), ["Edit.NameNn"] = P.Line("VN"), ["Edit.Description"] = P.Line("VD"), ["Edit.DescriptionNn"] = P.Line("VDN"),
            ["Edit.InPractice"] = P.Markdown("VP"), ["Edit.InPracticeNn"] = P.Markdown("VPN"), ["Edit.Icon"] = icon, ["Edit.SortOrder"] = order,
        }, "/admin/verdier");
        AssertRedirected(saved, "value");
        var team = await SecurityData.PraiseAsync(Site, DemoUsers.Ansatt, P.Line("R" + Guid.NewGuid().ToString("N")[..4]), toUnit: "hjemmetjenesten");
        await SecurityData.PraiseAsync(Site, DemoUsers.Ansatt, P.Line("RP" + Guid.NewGuid().ToString("N")[..4]), toUser: DemoUsers.Enhetsleder);

        var leader = await Probe.PageAsync(DemoUsers.Enhetsleder);
        Assert.Contains(P.Marker + "RP", await Probe.AssertInertAsync(leader, "/verdier/roser/mine"));
        var accepted = await (await Site.CookieClientAsync(DemoUsers.Enhetsleder)).PostFormAsync("/verdier/roser/mine?handler=Accept",
            new() { ["id"] = team.ToString() }, "/verdier/roser/mine");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains(P.Marker + "R", await Probe.AssertInertAsync(leader, "/enheter/hjemmetjenesten"));

        var reader = await Probe.PageAsync(DemoUsers.Ansatt);
        Assert.Contains(P.Marker + "V", await Probe.AssertInertAsync(reader, "/verdier"));
        var valuePage = await Probe.AssertInertAsync(reader, "/verdier/aerlig");
        Assert.Contains(P.Marker + "VP", valuePage);
        Assert.Contains(P.Marker + "RP", await Probe.AssertInertAsync(reader, "/verdier/roser/mine"));
        await Probe.AssertInertAsync(reader, "/verdier/roser/ny");
        await Probe.AssertInertAsync(reader, "/?culture=nn");
        await Probe.AssertInertAsync(await Probe.PageAsync(DemoUsers.Admin), "/admin/verdier");
    }

    [Fact]
    public async Task Pulse_survey_titles_and_questions_never_run()
    {
        var admin = await Site.CookieClientAsync(DemoUsers.Admin);
        var title = P.Line("PT" + Guid.NewGuid().ToString("N")[..4]);
        var created = await admin.PostFormAsync("/admin/puls", new()
        {
            ["Input.Title"] = title, ["Input.Intro"] = P.Line("PI"), ["Input.StartsOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
            ["Input.OpenDays"] = "30", ["Input.RecurrenceMonths"] = "3", ["Input.Active"] = "true",
            ["Input.Questions[0]"] = P.Line("PQ"), ["Input.QuestionsNn[0]"] = P.Line("PQN"), ["Input.Scales[0]"] = nameof(PulseScale.OneToFive),
        });
        AssertRedirected(created, "pulse");
        var id = await WithDbAsync(db => db.Set<PulseSurvey>().Where(s => s.Title == title.Trim()).Select(s => s.Id).SingleAsync());

        var staff = await Probe.PageAsync(DemoUsers.Admin);
        Assert.Contains(P.Marker + "PT", await Probe.AssertInertAsync(staff, "/admin/puls"));
        await Probe.AssertInertAsync(staff, $"/admin/puls/{id}/endre");
        await Probe.AssertInertAsync(staff, "/innsikt");
        var reader = await Probe.PageAsync(DemoUsers.Ansatt);
        Assert.Contains(P.Marker + "PT", await Probe.AssertInertAsync(reader, "/"));
        Assert.Contains(P.Marker + "PQ", await Probe.AssertInertAsync(reader, $"/puls/{id}"));
        Assert.Contains(P.Marker + "PQN", await Probe.AssertInertAsync(reader, $"/puls/{id}?culture=nn"));
    }

    private async Task<(string Icon, string Order)> ValueSettingsAsync(string slug)
    {
        var v = await WithDbAsync(db => db.OrgValues.SingleAsync(v => v.Slug == slug));
        return (v.Icon, v.SortOrder.ToString());
    }

    private Task<int> EventIdAsync(string url)
    {
        var slug = url.Split('/')[^1];
        return WithDbAsync(db => db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());
    }
}

[Collection(SecurityCollection.Name)]
public sealed class StoredXssAdminFieldsTestsSqlite(SqliteSecuritySite site, BrowserSession browser) : StoredXssAdminFieldsTests(site, browser);

[Collection(PostgresSecurityCollection.Name)]
public sealed class StoredXssAdminFieldsTestsPostgres(PostgresSecuritySite site, BrowserSession browser) : StoredXssAdminFieldsTests(site, browser);
