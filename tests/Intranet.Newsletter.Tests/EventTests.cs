using Intranet.Core.Calendar;
using System.Net;
using System.Text;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Newsletter.Events;
using Intranet.Newsletter.Models;
using Intranet.Notifications.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Newsletter.Tests;

public abstract class EventTests(DatabaseProvider provider) : IDisposable
{
    protected readonly IntranetFactory Factory = new(provider);

    private async Task<int> CreateEventAsync(int? capacity)
    {
        using var scope = Factory.Services.CreateScope();
        var editor = scope.ServiceProvider.GetRequiredService<EventEditor>();
        var start = DateTimeOffset.UtcNow.AddDays(20);
        var article = await editor.CreateAsync(new EventInput
        {
            Title = "Kurs i klarspråk " + Guid.NewGuid().ToString("N")[..6], Summary = "Skriv tydelig; kort, og enkelt.",
            Body = "Velkommen.", StartsAt = start, EndsAt = start.AddHours(3), Place = "Rådhuset, møterom 2", Capacity = capacity,
        }, new Actor(null, "test"));
        return article.Id;
    }

    private async Task<List<string>> UserIdsAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        return await db.Users.Where(u => DemoUsers.All.Contains(u.UserName!)).OrderBy(u => u.UserName).Select(u => u.Id).ToListAsync();
    }

    private async Task<SignupStatus> SignUpAsync(int eventId, string userId)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SeatAllocator>().SignUpAsync(eventId, userId, "Deltaker " + userId[..4]);
    }

    [Fact]
    public async Task Concurrent_sign_ups_never_overbook_and_a_cancellation_promotes_the_first_waiting()
    {
        var eventId = await CreateEventAsync(capacity: 2);
        var users = await UserIdsAsync();

        var results = await Task.WhenAll(users.Select(u => Task.Run(() => SignUpAsync(eventId, u))));

        Assert.Equal(2, results.Count(r => r == SignupStatus.Confirmed));
        Assert.Equal(users.Count - 2, results.Count(r => r == SignupStatus.Waiting));
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        Assert.Equal(2, await db.Set<EventDetails>().Where(d => d.ArticleId == eventId).Select(d => d.Taken).SingleAsync());

        var catalog = scope.ServiceProvider.GetRequiredService<EventCatalog>();
        var signups = await catalog.SignupsAsync(eventId);
        var leaving = signups.First(s => s.Status == SignupStatus.Confirmed).UserId;
        var firstWaiting = signups.First(s => s.Status == SignupStatus.Waiting).UserId;
        await scope.ServiceProvider.GetRequiredService<SeatAllocator>().CancelAsync(eventId, leaving);

        var after = await catalog.SignupsAsync(eventId);
        Assert.Equal(2, after.Count(s => s.Status == SignupStatus.Confirmed));
        Assert.Contains(after, s => s.UserId == firstWaiting && s.Status == SignupStatus.Confirmed);
        Assert.DoesNotContain(after, s => s.UserId == leaving);
        Assert.Equal(2, await db.Set<EventDetails>().AsNoTracking().Where(d => d.ArticleId == eventId).Select(d => d.Taken).SingleAsync());
        Assert.True(await db.Set<Notification>().AnyAsync(n => n.UserId == firstWaiting && n.DedupKey.StartsWith($"event:{eventId}:seat:")));
    }

    [Fact]
    public async Task Raising_the_capacity_gives_the_waiting_list_its_seats_in_order_and_tells_them()
    {
        var eventId = await CreateEventAsync(capacity: 1);
        var users = (await UserIdsAsync()).Take(4).ToList();
        foreach (var user in users) await SignUpAsync(eventId, user);

        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var details = await db.Set<EventDetails>().AsNoTracking().SingleAsync(d => d.ArticleId == eventId);
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == eventId);
        await scope.ServiceProvider.GetRequiredService<EventEditor>().UpdateAsync(eventId, new EventInput
        {
            Title = article.Title, Summary = article.Summary, Body = article.BodyMarkdown,
            StartsAt = details.StartsAt, EndsAt = details.EndsAt, Place = details.Place, Capacity = 3,
        }, new Actor(null, "test"));

        var after = await scope.ServiceProvider.GetRequiredService<EventCatalog>().SignupsAsync(eventId);
        Assert.Equal(users.Take(3).Order(), after.Where(s => s.Status == SignupStatus.Confirmed).Select(s => s.UserId).Order());
        Assert.Equal([users[3]], after.Where(s => s.Status == SignupStatus.Waiting).Select(s => s.UserId));
        Assert.Equal(3, await db.Set<EventDetails>().AsNoTracking().Where(d => d.ArticleId == eventId).Select(d => d.Taken).SingleAsync());
        var told = await db.Set<Notification>().Where(n => n.DedupKey.StartsWith($"event:{eventId}:seat:")).Select(n => n.UserId).ToListAsync();
        Assert.Equal(users.Skip(1).Take(2).Order(), told.Order());
    }

    [Fact]
    public async Task Signing_up_twice_is_one_sign_up()
    {
        var eventId = await CreateEventAsync(capacity: 3);
        var user = (await UserIdsAsync())[0];
        var both = await Task.WhenAll(Task.Run(() => SignUpAsync(eventId, user)), Task.Run(() => SignUpAsync(eventId, user)));
        Assert.All(both, s => Assert.Equal(SignupStatus.Confirmed, s));
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        Assert.Equal(1, await db.Set<EventSignup>().CountAsync(s => s.ArticleId == eventId));
        Assert.Equal(1, await db.Set<EventDetails>().Where(d => d.ArticleId == eventId).Select(d => d.Taken).SingleAsync());
    }

    [Fact]
    public async Task The_demo_events_have_pages_and_a_valid_icalendar_file()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var list = await client.TextAsync("/arrangementer");
        Assert.Contains("Temadag om omdømme", list);
        Assert.Contains("Helsekonferansen 2027", list);
        Assert.Contains("Rådhuset, kommunestyresalen", await client.TextAsync("/arrangementer/temadag-om-omdomme"));

        var response = await client.GetAsync("/arrangementer/temadag-om-omdomme/kalender.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        AssertValidCalendar(ics);
        Assert.Contains("\r\nDTSTART:20270120T080000Z\r\n", ics);
        Assert.Contains("\r\nDTEND:20270120T130000Z\r\n", ics);
        Assert.Contains("LOCATION:Rådhuset\\, kommunestyresalen", ics);

        var feed = await client.GetStringAsync("/arrangementer/kalender.ics");
        AssertValidCalendar(feed);
        Assert.Equal(3, feed.Split("BEGIN:VEVENT").Length - 1);
    }

    [Fact]
    public async Task Icalendar_text_is_escaped_and_long_lines_are_folded()
    {
        var text = "Møte; med komma, og \\ skråstrek\nny linje " + new string('æ', 80);
        var ics = new ICalendarWriter("Arrangementer", "Test").Begin()
            .Event(new CalendarEvent("uid-1@test", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), text, "", "", "https://x/y"))
            .End();
        AssertValidCalendar(ics);
        var unfolded = ics.Replace("\r\n ", "");
        Assert.Contains("SUMMARY:Møte\\; med komma\\, og \\\\ skråstrek\\nny linje " + new string('æ', 80) + "\r\n", unfolded);
        Assert.Contains("DTSTART:19700101T000000Z", ics);
    }

    [Fact]
    public async Task Organisers_create_events_through_the_form_and_bad_input_is_shown_not_a_500()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var bad = await comms.PostFormAsync("/arrangementer/ny", new() { ["Title"] = "", ["StartsAt"] = "ikke en dato", ["EndsAt"] = "", ["Capacity"] = "mange" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("error-summary", html);
        Assert.Contains("Velg når arrangementet starter.", html);
        Assert.Contains("Antall plasser må være mellom", html);

        var ok = await comms.PostFormAsync("/arrangementer/ny", new()
        {
            ["Title"] = "Lederforum høst", ["StartsAt"] = "2027-09-01T09:00", ["EndsAt"] = "2027-09-01T12:00", ["Place"] = "Kulturhuset", ["Capacity"] = "30", ["SignupOpen"] = "true",
        }, "/arrangementer/ny");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var page = await comms.TextAsync(ok.Headers.Location!.OriginalString);
        Assert.Contains("Lederforum høst", page);
        Assert.Contains("Kulturhuset", page);

        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var forbidden = await ansatt.GetAsync("/arrangementer/ny");
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Contains("/feil/403", forbidden.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_home_page_lists_an_upcoming_event_and_not_one_that_is_over()
    {
        using (var scope = Factory.Services.CreateScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<EventEditor>();
            var now = DateTimeOffset.UtcNow;
            foreach (var (title, start) in new[] { ("Vaksinedag i morgen", now.AddDays(1)), ("Julelunsj som er over", now.AddDays(-3)) })
                await editor.CreateAsync(new EventInput { Title = title, StartsAt = start, EndsAt = start.AddHours(2), Place = "Kantina" }, new Actor(null, "test"));
        }

        var home = await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).TextAsync("/");

        var at = home.IndexOf("id=\"home-events-heading\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "no events section on the home page");
        var section = home[at..home.IndexOf("</section>", at, StringComparison.Ordinal)];
        Assert.Contains("Vaksinedag i morgen", section);
        Assert.Contains("Kantina", section);
        Assert.DoesNotContain("Julelunsj som er over", section);
    }

    private static void AssertValidCalendar(string ics)
    {
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        foreach (var line in ics.Split("\r\n")) Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line);
        var events = ics.Split("BEGIN:VEVENT").Skip(1).ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
            foreach (var property in new[] { "UID:", "DTSTAMP:", "DTSTART:", "DTEND:", "SUMMARY:" })
                Assert.Contains("\r\n" + property, "\r\n" + e.TrimStart('\r', '\n'));
    }

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class EventTestsSqlite() : EventTests(DatabaseProvider.Sqlite);

public sealed class EventTestsPostgres() : EventTests(DatabaseProvider.Postgres);
