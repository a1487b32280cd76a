using System.Net;
using System.Text.RegularExpressions;
using Intranet.Testing;
using Xunit;

namespace Intranet.News.Tests;

/// <summary>The archive by year and moderation of "Spør kommunedirektøren" (the clock is set to years of its own).</summary>
public abstract partial class CornerArchiveTests(CornerHost host)
{
    protected IntranetFactory Factory => host.Factory;
    protected TestClock Clock => host.Clock;

    [Fact]
    public async Task The_archive_shows_one_years_posts_and_answered_questions_with_year_navigation()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Clock.Set(new DateTimeOffset(2031, 6, 1, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.Created, (await ce.PostJsonAsync("/api/corner", new { title = "Arkivpost A " + tag, body = "Tekst A" })).StatusCode);
        var id = await AskAsync(ansatt, ce, "Arkivspørsmål " + tag);
        await ce.PostFormAsync($"/hjornet/sporsmal?handler=Answer&id={id}", new() { ["Answer"] = "Arkivsvar " + tag }, "/hjornet/sporsmal");
        Clock.Set(new DateTimeOffset(2032, 3, 1, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.Created, (await ce.PostJsonAsync("/api/corner", new { title = "Arkivpost B " + tag, body = "Tekst B" })).StatusCode);

        var year2031 = await ansatt.TextAsync("/hjornet/arkiv/2031");
        Assert.Contains("<h1>Arkiv 2031</h1>", year2031);
        Assert.Contains("Arkivpost A " + tag, year2031);
        Assert.Contains("Arkivspørsmål " + tag, year2031);
        Assert.Contains("Arkivsvar " + tag, year2031);
        Assert.DoesNotContain("Arkivpost B " + tag, year2031);
        Assert.Contains("<a href=\"/hjornet/arkiv/2031\" aria-current=\"page\">2031</a>", year2031);
        Assert.Contains("<a href=\"/hjornet/arkiv/2032\">2032</a>", year2031);

        var latest = await ansatt.TextAsync("/hjornet/arkiv");
        Assert.Contains("Arkivpost B " + tag, latest);
        Assert.DoesNotContain("Arkivpost A " + tag, latest);
        Assert.Equal(HttpStatusCode.NotFound, (await ansatt.GetAsync("/hjornet/arkiv/99999")).StatusCode);
        Clock.Set(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Communications_moderate_answer_and_hide_and_hidden_questions_leave_the_corner()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Contains("href=\"/hjornet/sporsmal\"", await comms.TextAsync("/hjornet"));
        var answeredId = await AskAsync(ansatt, comms, "Besvares og skjules " + tag);
        var answered = await comms.PostFormAsync($"/hjornet/sporsmal?handler=Answer&id={answeredId}", new() { ["Answer"] = "Svar fra kommunikasjon " + tag }, "/hjornet/sporsmal");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Svar fra kommunikasjon " + tag, await ansatt.TextAsync("/hjornet"));

        await comms.PostFormAsync($"/hjornet/sporsmal?handler=Hide&id={answeredId}", new(), "/hjornet/sporsmal");
        Assert.DoesNotContain("Besvares og skjules " + tag, await ansatt.TextAsync("/hjornet"));
        Assert.DoesNotContain("Besvares og skjules " + tag, await ansatt.TextAsync("/hjornet/arkiv"));

        var hiddenId = await AskAsync(ansatt, comms, "Upassende spørsmål " + tag);
        await comms.PostFormAsync($"/hjornet/sporsmal?handler=Hide&id={hiddenId}", new(), "/hjornet/sporsmal");
        var queue = await comms.TextAsync("/hjornet/sporsmal");
        Assert.DoesNotContain($"id=\"q-{hiddenId}\"", queue);
        Assert.Contains("Upassende spørsmål " + tag, queue[queue.IndexOf("hidden-heading", StringComparison.Ordinal)..]);

        await ansatt.AssertForbiddenPageAsync("/hjornet/sporsmal");
        var forbidden = await ansatt.PostFormAsync($"/hjornet/sporsmal?handler=Hide&id={hiddenId}", new(), "/hjornet/spor");
        Assert.NotEqual(HttpStatusCode.OK, forbidden.StatusCode);
    }

    /// <summary>Asks as the employee and returns the question's id from the moderator's queue.</summary>
    private static async Task<int> AskAsync(HttpClient asker, HttpClient moderator, string text)
    {
        await asker.PostFormAsync("/hjornet/spor", new() { ["Text"] = text, ["Anonymous"] = "true" });
        var queue = await moderator.TextAsync("/hjornet/sporsmal");
        var at = queue.IndexOf(text, StringComparison.Ordinal);
        return int.Parse(QuestionId().Matches(queue[..at]).Last().Groups[1].Value);
    }

    [GeneratedRegex("id=\"q-(\\d+)\"")]
    private static partial Regex QuestionId();
}

public sealed class CornerArchiveTestsSqlite(SqliteCornerHost host) : CornerArchiveTests(host), IClassFixture<SqliteCornerHost>;

public sealed class CornerArchiveTestsPostgres(PostgresCornerHost host) : CornerArchiveTests(host), IClassFixture<PostgresCornerHost>;
