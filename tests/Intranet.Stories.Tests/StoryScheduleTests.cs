using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Intranet.Core.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Xunit;

namespace Intranet.Stories.Tests;

/// <summary>
/// "Approve for a set time" from the inbox: the reviewer types a Norwegian local time; the story stays out of the
/// list, its page and the feed until the host's clock (a <see cref="TestClock"/>, moved by hand) passes it.
/// </summary>
public abstract class StoryScheduleTests : IDisposable
{
    private static readonly TimeZoneInfo Norway = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private readonly TestClock _clock = new(DateTimeOffset.UtcNow);

    protected StoryScheduleTests(DatabaseProvider provider) => Factory = new IntranetFactory(provider).UseClock(_clock);

    private IntranetFactory Factory { get; }

    [Fact]
    public async Task Story_approved_for_a_set_time_shows_nowhere_until_then()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var id = await ansatt.CreateStoryAsync("Publiseres på fredag", "public");
        var at = _clock.UtcNow.AddDays(2);
        var local = TimeZoneInfo.ConvertTime(at, Norway).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var approve = await comms.PostFormAsync("/historier/innboks", new() { ["id"] = id.ToString(), ["decision"] = "approve", ["publishAt"] = local });
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var story = await Factory.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, story.Status);
        Assert.Equal(new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero), story.PublishAt);

        var (anonymous, nyansatt) = (Factory.CreateClient(), await Factory.SignedInClientAsync(DemoUsers.Nyansatt));
        await AssertShownAsync(false, story, anonymous, nyansatt);
        _clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(5));
        await AssertShownAsync(false, story, anonymous, nyansatt);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await AssertShownAsync(true, story, anonymous, nyansatt);
    }

    [Fact]
    public async Task Api_approval_with_publish_at_waits_for_that_time()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var id = await ansatt.CreateStoryAsync("Planlagt via API", "public");
        var at = new DateTimeOffset(_clock.UtcNow.AddHours(3).UtcDateTime.Date.AddHours(_clock.UtcNow.AddHours(3).Hour), TimeSpan.Zero);
        var response = await comms.PostAsJsonAsync($"/api/stories/{id}/review", new { decision = "approve", publishAt = at });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var story = await Factory.ArticleAsync(id);
        Assert.Equal(at, story.PublishAt);
        var (anonymous, nyansatt) = (Factory.CreateClient(), await Factory.SignedInClientAsync(DemoUsers.Nyansatt));
        await AssertShownAsync(false, story, anonymous, nyansatt);
        _clock.Set(at);
        await AssertShownAsync(true, story, anonymous, nyansatt);
    }

    private async Task AssertShownAsync(bool shown, Article story, HttpClient anonymous, HttpClient employee)
    {
        foreach (var client in new[] { anonymous, employee })
        {
            Assert.Equal(shown, (await client.TextAsync("/historier")).Contains(story.Title));
            Assert.Equal(shown ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync(story.Url)).StatusCode);
        }
        Assert.Equal(shown, (await anonymous.TextAsync("/feeds/historier.atom")).Contains(story.Title));
    }

    public void Dispose() => Factory.Dispose();
}

public sealed class StoryScheduleTestsSqlite() : StoryScheduleTests(DatabaseProvider.Sqlite);

public sealed class StoryScheduleTestsPostgres() : StoryScheduleTests(DatabaseProvider.Postgres);
