using System.Net;
using Intranet.Testing;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;
using Xunit;
using P = Intranet.Security.Tests.XssPayloads;

namespace Intranet.Security.Tests;

/// <summary>
/// Stored XSS through the lists of people and what organisers type for them: an event's participant and waiting
/// lists (people's names), newcomer meetings (Welcome: titles, place, description, and the form re-shown with an
/// error), and the corner's delegates page with the "on behalf" byline a delegate's post carries.
/// </summary>
public abstract class StoredXssPeopleListsTests(SecuritySite site, BrowserSession browser) : StoredXssTestBase(site, browser)
{
    [Fact]
    public async Task Names_on_an_events_participant_and_waiting_lists_never_run()
    {
        var organiser = await Site.CookieClientAsync(DemoUsers.Kommunikasjon);
        var starts = DateTime.UtcNow.AddDays(11);
        var created = await organiser.PostFormAsync("/arrangementer/ny", new()
        {
            ["Title"] = "Påmelding " + Guid.NewGuid().ToString("N")[..6], ["Summary"] = "", ["Body"] = "Velkommen.", ["Place"] = "Rådhuset",
            ["StartsAt"] = starts.ToString("yyyy-MM-ddTHH:mm"), ["EndsAt"] = starts.AddHours(1).ToString("yyyy-MM-ddTHH:mm"),
            ["Capacity"] = "1", ["SignupOpen"] = "true",
        });
        AssertRedirected(created, "event");
        var url = created.Headers.Location!.OriginalString;
        var seated = await TestUsers.CreateAsync(Site.Services, P.Line("PS"));
        var waiting = await TestUsers.CreateAsync(Site.Services, P.Line("PV"));
        foreach (var user in new[] { seated, waiting })
            AssertRedirected(await (await ClientAsync(user)).PostFormAsync(url + "?handler=Signup", new(), url), "sign-up");

        var staff = await PageAsync(DemoUsers.Kommunikasjon);
        var lists = await Probe.AssertInertAsync(staff, url);
        Assert.Contains(P.Marker + "PS", await staff.InnerTextAsync("ol.participants"));
        Assert.Contains(P.Marker + "PV", await staff.InnerTextAsync("ol.waiting-list"));
        Assert.Contains(P.Marker + "PV", lists);
        var self = await PageAsync(waiting);
        Assert.Contains(P.Marker + "PV", await Probe.AssertInertAsync(self, url + "?done=pameldt"));
        await Probe.AssertInertAsync(self, "/arrangementer");
    }

    [Fact]
    public async Task Newcomer_meetings_and_their_form_with_an_error_never_run()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)).ToString("yyyy-MM-dd");
        var description = P.Line("MD") + "\n" + string.Join("\n", P.Body.Take(8));
        var staffClient = await Site.CookieClientAsync(DemoUsers.Kommunikasjon);
        var added = await staffClient.PostFormAsync("/admin/velkomstmoter", new()
        {
            ["Meeting.Title"] = P.Line("MT"), ["Meeting.TitleNn"] = P.Line("MN"), ["Meeting.Date"] = day, ["Meeting.Starts"] = "06:00",
            ["Meeting.Ends"] = "07:00", ["Meeting.Place"] = P.Line("MP"), ["Meeting.Capacity"] = "5", ["Meeting.Description"] = description,
        });
        AssertRedirected(added, "meeting");

        var staff = await PageAsync(DemoUsers.Kommunikasjon);
        Assert.Contains(P.Marker + "MT", await Probe.AssertInertAsync(staff, "/admin/velkomstmoter"));
        await staff.FillAsync("#Meeting_Title", P.Line("ME"));
        await staff.FillAsync("#Meeting_Place", P.Line("MEP"));
        await staff.FillAsync("#Meeting_Description", description);
        await SubmitAsync(staff, "form.welcome-form button[type=submit]");
        await Probe.AssertInertHereAsync(staff, "the meeting form with errors");
        Assert.Contains(P.Marker + "ME", await staff.InputValueAsync("#Meeting_Title"));
        Assert.Contains(P.Marker + "MD", await staff.InputValueAsync("#Meeting_Description"));

        var newcomer = await PageAsync(DemoUsers.Nyansatt);
        var welcome = await Probe.AssertInertAsync(newcomer, "/velkommen");
        foreach (var tag in new[] { "MT", "MP", "MD" }) Assert.Contains(P.Marker + tag, welcome);
        var client = await Site.CookieClientAsync(DemoUsers.Nyansatt);
        var meetingId = await WithDbAsync(db => db.Set<NewcomerMeeting>().Where(m => m.Title == P.Line("MT").Trim()).Select(m => m.Id).SingleAsync());
        AssertRedirected(await client.PostFormAsync("/velkommen?handler=SignUp", new() { ["meetingId"] = meetingId.ToString() }, "/velkommen"), "meeting sign-up");
        Assert.Contains(P.Marker + "MT", await Probe.AssertInertAsync(newcomer, "/velkommen"));
        Assert.Contains(P.Marker + "MN", await Probe.AssertInertAsync(newcomer, "/velkommen?culture=nn"));
        await Probe.AssertInertAsync(staff, "/admin/velkomstmoter");
    }

    [Fact]
    public async Task Delegates_names_and_the_on_behalf_byline_never_run()
    {
        var name = await TestUsers.CreateAsync(Site.Services, P.Line("DG"));
        var chiefClient = await Site.CookieClientAsync(DemoUsers.Kommunedirektor);
        AssertRedirected(await chiefClient.PostFormAsync("/hjornet/delegater?handler=Add", new() { ["UserName"] = name }, "/hjornet/delegater"), "delegate");
        var posted = await (await ClientAsync(name)).PostFormAsync("/hjornet/ny", new()
        {
            ["Type"] = "innlegg", ["Title"] = P.Line("DT"), ["Summary"] = "", ["Body"] = P.Markdown("DB"), ["Language"] = "nb",
        });
        AssertRedirected(posted, "delegate's post");
        var url = posted.Headers.Location!.OriginalString;

        var chief = await PageAsync(DemoUsers.Kommunedirektor);
        Assert.Contains(P.Marker + "DG", await Probe.AssertInertAsync(chief, "/hjornet/delegater"));
        await chief.FillAsync("#UserName", P.Line("DU"));
        await SubmitAsync(chief, "form[action*='handler=Add'] button[type=submit]");
        await Probe.AssertInertHereAsync(chief, "the delegates page with an error");
        Assert.Contains(P.Marker + "DU", await chief.InputValueAsync("#UserName"));

        var reader = await PageAsync(DemoUsers.Ansatt);
        var page = await Probe.AssertInertAsync(reader, url);
        Assert.Contains(P.Marker + "DG", page);
        Assert.Contains(P.Marker + "DB", page);
        await Probe.AssertInertAsync(reader, "/hjornet");
        await Probe.AssertInertAsync(reader, "/hjornet/arkiv");
        Assert.Contains(P.Marker + "DT", await FieldValuesAsync(chief, url + "/rediger"));
        var export = await (await Site.CookieClientAsync(DemoUsers.Kommunikasjon)).GetAsync(url + "/eksport");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await Probe.AssertInertHtmlAsync(await PageAsync(null), await export.Content.ReadAsStringAsync(), url + "/eksport");
    }
}

[Collection(SecurityCollection.Name)]
public sealed class StoredXssPeopleListsTestsSqlite(SqliteSecuritySite site, BrowserSession browser) : StoredXssPeopleListsTests(site, browser);

[Collection(PostgresSecurityCollection.Name)]
public sealed class StoredXssPeopleListsTestsPostgres(PostgresSecuritySite site, BrowserSession browser) : StoredXssPeopleListsTests(site, browser);
