using System.Net.Http.Json;
using Intranet.Corner.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using P = Intranet.Security.Tests.XssPayloads;

namespace Intranet.Security.Tests;

/// <summary>
/// Stored XSS through what readers write under content (news and story comments), the chief executive's answers to
/// questions, and the names people type in the account pages: a display name given in the admin user form (then seen
/// in bylines, comments, the question list and the admin lists), unit names, personal token names, and the names of
/// people a leader adds on /enhet/tilgangskoder.
/// </summary>
public abstract class StoredXssCommentsAndAccountsTests(SecuritySite site, BrowserSession browser) : StoredXssTestBase(site, browser)
{
    private static readonly string Text = string.Join("\n", P.Body.Take(9));

    [Fact]
    public async Task Comments_answers_and_a_display_name_from_the_admin_form_never_run()
    {
        var person = await AdminCreatesUserAsync(P.Line("AU"));
        var commenter = await ClientAsync(person);
        var news = await Site.PostJsonOkAsync(DemoUsers.Kommunikasjon, "/api/news", new { title = "Kommentarer " + Guid.NewGuid().ToString("N")[..6], body = "Si din mening." });
        var newsUrl = await UrlAsync(news.GetProperty("id").GetInt32());
        var newsComment = await commenter.PostFormAsync(newsUrl + "?handler=Comment", new() { ["Comment"] = P.Line("NC") + "\n" + Text }, newsUrl);
        AssertRedirected(newsComment, "news comment");
        Assert.EndsWith("#kommentarer", newsComment.Headers.Location!.OriginalString);

        var story = await Site.Site.TokenClientAsync(person, TestUsers.Password);
        var created = await story.PostAsJsonAsync("/api/stories", new
        {
            title = "Historie " + Guid.NewGuid().ToString("N")[..6], body = "En god dag på jobb.", audience = "public", values = new[] { "tydelig" },
            consent = new { statement = "Samtykke gitt.", obtainedAt = DateTimeOffset.UtcNow.AddDays(-1) }, submit = true,
        });
        Assert.True(created.IsSuccessStatusCode, $"story: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        var storyId = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        await Site.PostJsonOkAsync(DemoUsers.Kommunikasjon, $"/api/stories/{storyId}/review", new { decision = "approve", comment = "Fin." });
        var storyUrl = await UrlAsync(storyId);
        var storyComment = await commenter.PostFormAsync(storyUrl + "?handler=Comment", new() { ["CommentText"] = P.Markdown("SK") }, storyUrl);
        AssertRedirected(storyComment, "story comment");
        Assert.EndsWith("#kommentarer", storyComment.Headers.Location!.OriginalString);

        AssertAccepted(await commenter.PostFormAsync("/hjornet/spor", new() { ["Text"] = "Spørsmål " + Guid.NewGuid().ToString("N") }), "question");
        var questionId = await WithDbAsync(db => db.Set<CornerQuestion>().Where(q => q.AskerId != null && db.Users.Any(u => u.Id == q.AskerId && u.UserName == person))
            .Select(q => q.Id).SingleAsync());
        var chief = await Site.CookieClientAsync(DemoUsers.Kommunedirektor);
        AssertRedirected(await chief.PostFormAsync($"/hjornet/sporsmal?handler=Answer&id={questionId}", new() { ["Answer"] = P.Markdown("KS") }, "/hjornet/sporsmal"), "answer");

        var reader = await PageAsync(DemoUsers.Ansatt);
        var newsPage = await Probe.AssertInertAsync(reader, newsUrl);
        Assert.Contains(P.Marker + "NC", newsPage);
        Assert.Contains(P.Marker + "AU", newsPage);
        var storyPage = await Probe.AssertInertAsync(reader, storyUrl);
        Assert.Contains(P.Marker + "SK", storyPage);
        Assert.Contains(P.Marker + "AU", storyPage);
        await Probe.AssertInertAsync(await PageAsync(null), storyUrl); // the public page shows neither comments nor the author's name
        await Probe.AssertInertAsync(reader, "/historier");
        Assert.Contains(P.Marker + "KS", await Probe.AssertInertAsync(reader, "/hjornet"));
        Assert.Contains(P.Marker + "KS", await Probe.AssertInertAsync(reader, "/hjornet/arkiv"));

        var chiefPage = await PageAsync(DemoUsers.Kommunedirektor);
        await Probe.AssertInertAsync(chiefPage, "/hjornet/sporsmal");
        var admin = await PageAsync(DemoUsers.Admin);
        Assert.Contains(P.Marker + "AU", await Probe.AssertInertAsync(admin, "/admin/brukere"));
        var userId = await UserIdAsync(person);
        Assert.Contains(P.Marker + "AU", await FieldValuesAsync(admin, $"/admin/brukere/{userId}"));
        await Probe.AssertInertAsync(admin, "/historier/innboks");
    }

    [Fact]
    public async Task Unit_names_token_names_and_people_added_with_access_codes_never_run()
    {
        var admin = await Site.CookieClientAsync(DemoUsers.Admin);
        var sector = await WithDbAsync(db => db.Units.Where(u => u.Slug == "helse-og-omsorg").Select(u => u.Id).SingleAsync());
        var unitName = P.Line("EN");
        var unit = await admin.PostFormAsync("/admin/enheter", new() { ["Name"] = unitName, ["ParentId"] = sector.ToString() });
        AssertRedirected(unit, "unit");
        var unitId = await WithDbAsync(db => db.Units.Where(u => u.Name == unitName.Trim()).Select(u => u.Id).SingleAsync());
        var leader = await TestUsers.CreateAsync(Site.Services, P.Line("EL"));
        AssertRedirected(await admin.PostFormAsync($"/admin/enheter/{unitId}", new() { ["Name"] = unitName, ["ParentId"] = sector.ToString(), ["Leaders"] = leader }),
            "unit leader");

        var adminPage = await PageAsync(DemoUsers.Admin);
        var units = await Probe.AssertInertAsync(adminPage, unit.Headers.Location!.OriginalString);
        Assert.Contains(P.Marker + "EN", units);
        Assert.Contains(P.Marker + "EL", units);
        Assert.Contains(P.Marker + "EN", await FieldValuesAsync(adminPage, $"/admin/enheter/{unitId}"));
        await Probe.AssertInertAsync(adminPage, "/admin/brukere/ny");

        var owner = await TestUsers.CreateAsync(Site.Services, "Token Eier");
        var ownerPage = await PageAsync(owner);
        await ownerPage.GotoAsync("/profil/tokens");
        await ownerPage.FillAsync("#Name", P.Line("TN"));
        await SubmitAsync(ownerPage, "form:has(#Name) button[type=submit]");
        Assert.Contains(P.Marker + "TN", await Probe.AssertInertHereAsync(ownerPage, "the new token's page"));
        Assert.Contains(P.Marker + "TN", await Probe.AssertInertAsync(ownerPage, "/profil/tokens"));
        await ownerPage.EvalOnSelectorAsync("#Name", "e => e.removeAttribute('maxlength')");
        await ownerPage.FillAsync("#Name", P.Line("TE") + new string('x', 120));
        await SubmitAsync(ownerPage, "form:has(#Name) button[type=submit]");
        await Probe.AssertInertHereAsync(ownerPage, "the token form with an error");

        var unitLeader = await PageAsync(DemoUsers.Enhetsleder);
        const string codes = "/enhet/tilgangskoder?enhet=hjemmetjenesten";
        await unitLeader.GotoAsync(codes);
        await unitLeader.FillAsync("#NewDisplayName", P.Line("AK"));
        await unitLeader.FillAsync("#NewUserName", "kode" + Guid.NewGuid().ToString("N")[..8]);
        await SubmitAsync(unitLeader, "form:has(#NewDisplayName) button[type=submit]");
        Assert.Contains(P.Marker + "AK", await Probe.AssertInertHereAsync(unitLeader, "the access card"));
        Assert.Contains(P.Marker + "AK", await Probe.AssertInertAsync(unitLeader, codes));
        await unitLeader.FillAsync("#NewDisplayName", P.Line("AF"));
        await unitLeader.FillAsync("#NewUserName", "ugyldig navn med mellomrom");
        await SubmitAsync(unitLeader, "form:has(#NewDisplayName) button[type=submit]");
        await Probe.AssertInertHereAsync(unitLeader, "the access code form with an error");
        Assert.Contains(P.Marker + "AF", await unitLeader.InputValueAsync("#NewDisplayName"));
        Assert.Contains(P.Marker + "AK", await Probe.AssertInertAsync(adminPage, "/admin/brukere"));
    }

    /// <summary>The administrator creates a person through /admin/brukere/ny (display name as typed); returns the user name.</summary>
    private async Task<string> AdminCreatesUserAsync(string displayName)
    {
        var admin = await Site.CookieClientAsync(DemoUsers.Admin);
        var unit = await WithDbAsync(db => db.Units.Where(u => u.Slug == "hjemmetjenesten").Select(u => u.Id).SingleAsync());
        var name = "skjema" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostFormAsync("/admin/brukere/ny", new()
        {
            ["UserName"] = name, ["DisplayName"] = displayName, ["UnitId"] = unit.ToString(), ["Roles"] = "Ansatt", ["Password"] = TestUsers.Password,
        });
        AssertRedirected(created, "user from the admin form");
        Assert.Equal(displayName.Trim(), await WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.DisplayName).SingleAsync()));
        return name;
    }
}

[Collection(SecurityCollection.Name)]
public sealed class StoredXssCommentsAndAccountsTestsSqlite(SqliteSecuritySite site, BrowserSession browser) : StoredXssCommentsAndAccountsTests(site, browser);

[Collection(PostgresSecurityCollection.Name)]
public sealed class StoredXssCommentsAndAccountsTestsPostgres(PostgresSecuritySite site, BrowserSession browser) : StoredXssCommentsAndAccountsTests(site, browser);
