using Intranet.Core.Calendar;
using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.Testing;
using Intranet.Welcome.Models;
using Intranet.Welcome.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Welcome.Tests;

/// <summary>Welcome meetings: sign-up within capacity, and a calendar file that calendars accept.</summary>
public abstract class MeetingTests(HostFixture host)
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Sign_up_respects_the_capacity()
    {
        var meetingId = await Factory.AddMeetingAsync(capacity: 1);
        var newHire = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var signUp = new Dictionary<string, string> { ["meetingId"] = meetingId.ToString() };
        Assert.Equal(HttpStatusCode.Redirect, (await newHire.PostFormAsync("/velkommen?handler=SignUp", new(signUp), "/velkommen")).StatusCode);
        Assert.Contains("Du er påmeldt velkomstmøtet.", TestData.Text(await newHire.GetStringAsync("/velkommen")));

        using var scope = Factory.Services.CreateScope();
        var other = scope.ServiceProvider.GetRequiredService<NewcomerMeetings>();
        var ansattId = await UserIdAsync(DemoUsers.Ansatt);
        Assert.Equal(SignupResult.Full, await other.SignUpAsync(meetingId, ansattId));
        var (taken, rows) = await SeatsAsync(meetingId);
        Assert.Equal((1, 1), (taken, rows));
    }

    [Fact]
    public async Task Simultaneous_sign_ups_never_overbook()
    {
        var meetingId = await Factory.AddMeetingAsync(capacity: 2);
        var userIds = new List<string>();
        foreach (var name in DemoUsers.All) userIds.Add(await UserIdAsync(name));
        var results = await Task.WhenAll(userIds.Select(async id =>
        {
            using var scope = Factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<NewcomerMeetings>().SignUpAsync(meetingId, id);
        }));
        Assert.Equal(2, results.Count(r => r == SignupResult.SignedUp));
        Assert.Equal(DemoUsers.All.Length - 2, results.Count(r => r == SignupResult.Full));
        Assert.Equal((2, 2), await SeatsAsync(meetingId));
    }

    [Fact]
    public async Task Cancelling_gives_the_seat_back()
    {
        var meetingId = await Factory.AddMeetingAsync(capacity: 1);
        using var scope = Factory.Services.CreateScope();
        var meetings = scope.ServiceProvider.GetRequiredService<NewcomerMeetings>();
        var a = await UserIdAsync(DemoUsers.Nyansatt);
        var b = await UserIdAsync(DemoUsers.Ansatt);
        Assert.Equal(SignupResult.SignedUp, await meetings.SignUpAsync(meetingId, a));
        Assert.Equal(SignupResult.AlreadySignedUp, await meetings.SignUpAsync(meetingId, a));
        Assert.True(await meetings.CancelAsync(meetingId, a));
        Assert.Equal(SignupResult.SignedUp, await meetings.SignUpAsync(meetingId, b));
    }

    [Fact]
    public async Task The_calendar_file_is_a_valid_event_in_utc_with_escaped_text()
    {
        var meetingId = await Factory.AddMeetingAsync(capacity: 10, description: "Ta med: PC, adgangskort; og godt humør.\nLunsj er inkludert \\ gratis.");
        var client = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var response = await client.GetAsync($"/velkommen/moter/{meetingId}/kalender.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("[^\r]\n", ics);
        var lines = Unfold(ics);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains("BEGIN:VEVENT", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:"));
        Assert.Contains(lines, l => Regex.IsMatch(l, $"^UID:velkomstmote-{meetingId}@.+$"));
        var start = Assert.Single(lines, l => l.StartsWith("DTSTART:"));
        var end = Assert.Single(lines, l => l.StartsWith("DTEND:"));
        Assert.Matches("^DTSTART:\\d{8}T\\d{6}Z$", start);
        Assert.Matches("^DTEND:\\d{8}T\\d{6}Z$", end);
        Assert.True(string.CompareOrdinal(start[8..], end[6..]) < 0);
        Assert.Contains(lines, l => l.StartsWith("DTSTAMP:") && l.EndsWith('Z'));
        Assert.Contains("DESCRIPTION:Ta med: PC\\, adgangskort\\; og godt humør.\\nLunsj er inkludert \\\\ gratis.", lines);
        Assert.All(ics.Split("\r\n"), l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));

        var anonymous = Factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/velkommen/moter/{meetingId}/kalender.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/velkommen/moter/999999/kalender.ics")).StatusCode);
    }

    [Fact]
    public async Task Communications_add_a_meeting_in_norwegian_time_stored_as_utc()
    {
        var staff = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var year = DateTime.UtcNow.Year + 1;
        var title = $"Sommermøte {Guid.NewGuid():N}"[..20];
        var fields = new Dictionary<string, string>
        {
            ["Meeting.Title"] = title, ["Meeting.Date"] = $"{year}-07-01", ["Meeting.Starts"] = "09:00", ["Meeting.Ends"] = "11:30",
            ["Meeting.Place"] = "Rådhuset", ["Meeting.Capacity"] = "25", ["Meeting.Description"] = "Kaffe og rundstykker",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/admin/velkomstmoter", new(fields))).StatusCode);
        var stored = await Factory.InScopeAsync(sp => sp.GetRequiredService<IntranetDbContext>().Set<NewcomerMeeting>().SingleAsync(m => m.Title == title));
        Assert.Equal(new DateTimeOffset(year, 7, 1, 7, 0, 0, TimeSpan.Zero), stored.StartsAt);
        Assert.Equal(new DateTimeOffset(year, 7, 1, 9, 30, 0, TimeSpan.Zero), stored.EndsAt);

        fields["Meeting.Ends"] = "08:00";
        var bad = await staff.PostFormAsync("/admin/velkomstmoter", new(fields));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = TestData.Text(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Møtet må slutte etter at det begynner.", html);
        Assert.Contains(">Kaffe og rundstykker</textarea>", html);
        Assert.Contains("value=\"Rådhuset\"", html);

        var employee = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.NotEqual(HttpStatusCode.OK, (await employee.GetAsync("/admin/velkomstmoter")).StatusCode);
    }

    [Fact]
    public void Long_lines_are_folded_without_splitting_characters()
    {
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("Velkomstmøte på rådhuset – ", 10));
        var folded = ICalendarWriter.Fold(line);
        Assert.All(folded.Split("\r\n"), l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75));
        Assert.Equal(line, folded.Replace("\r\n ", ""));
    }

    private static List<string> Unfold(string ics) =>
        ics.Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    private Task<string> UserIdAsync(string username) =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<IntranetDbContext>().Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());

    private Task<(int Taken, int Rows)> SeatsAsync(int meetingId) =>
        Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntranetDbContext>();
            var taken = await db.Set<NewcomerMeeting>().Where(m => m.Id == meetingId).Select(m => m.SignedUp).SingleAsync();
            return (taken, await db.Set<MeetingSignup>().CountAsync(s => s.MeetingId == meetingId));
        });
}

public sealed class MeetingTestsSqlite(SqliteHost host) : MeetingTests(host), IClassFixture<SqliteHost>;

public sealed class MeetingTestsPostgres(PostgresHost host) : MeetingTests(host), IClassFixture<PostgresHost>;
