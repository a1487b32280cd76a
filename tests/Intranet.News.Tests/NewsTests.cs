using System.Net;
using Intranet.Content.Services;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Paging;
using Intranet.Core.Security;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.News.Tests;

/// <summary>The tests share one host and its clock (see <see cref="NewsHost"/>); each creates its own news items.</summary>
public abstract class NewsTests(NewsHost host)
{
    protected TestClock Clock => host.Clock;
    protected IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Scheduled_news_is_invisible_before_its_time_and_visible_after()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var title = "Planlagt nyhet " + Guid.NewGuid().ToString("N")[..8];
        var (_, url) = await comms.CreateNewsAsync(new { title, body = "Kommer om ett minutt.", publishAt = Clock.UtcNow.AddMinutes(1), units = Array.Empty<string>() });
        var reader = await Factory.SignedInClientAsync(DemoUsers.Ansatt);

        Assert.DoesNotContain(title, await reader.TextAsync("/nyheter"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);

        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Contains(title, await reader.TextAsync("/nyheter"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Unpublish_time_hides_the_item_again()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (_, url) = await comms.CreateNewsAsync(new { title = "Kortvarig nyhet", body = "Bare en time.", unpublishAt = Clock.UtcNow.AddHours(1), units = Array.Empty<string>() });
        var reader = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
        Assert.Contains("· Thomas Lie", await reader.TextAsync(url)); // the byline names the person, not the login name
        Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Confirming_a_must_read_item_updates_the_unit_share_for_communications()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (id, url) = await comms.CreateNewsAsync(new { title = "Les dette", body = "Viktig informasjon.", mustRead = true, units = new[] { "hjemmetjenesten" } });
        Assert.Equal(0, ConfirmedIn(await comms.TextAsync($"/nyheter/{id}/lesestatus"), "Hjemmetjenesten"));

        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Contains("confirm-read", await ansatt.TextAsync(url));
        var confirm = await ansatt.PostFormAsync(url + "?handler=Confirm", new(), url);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.DoesNotContain("confirm-read", await ansatt.TextAsync(url));

        var status = await comms.TextAsync($"/nyheter/{id}/lesestatus");
        Assert.Equal(1, ConfirmedIn(status, "Hjemmetjenesten"));
        Assert.Contains("Kari Solberg", status);
    }

    [Fact]
    public async Task Only_communications_see_read_status_and_reading_is_not_recorded_for_ordinary_news()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (id, url) = await comms.CreateNewsAsync(new { title = "Vanlig nyhet", body = "Ikke viktig.", units = Array.Empty<string>() });
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.TextAsync(url);
        await ansatt.AssertForbiddenPageAsync($"/nyheter/{id}/lesestatus");
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        Assert.False(await db.Set<Models.ReadConfirmation>().AnyAsync(c => c.ArticleId == id));
    }

    [Fact]
    public async Task Employee_gets_403_on_writing_news_and_corner_posts()
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.Forbidden, (await ansatt.PostJsonAsync("/api/news", new { title = "x", body = "y", units = Array.Empty<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ansatt.PostJsonAsync("/api/corner", new { title = "x", body = "y" })).StatusCode);
        await ansatt.AssertForbiddenPageAsync("/nyheter/ny");
    }

    [Fact]
    public async Task Communications_and_chief_executive_get_201_with_id_and_status()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var news = await comms.PostJsonAsync("/api/news", new { title = "Ny nyhet", body = "Tekst", pinned = true, units = new[] { "helse-og-omsorg" } });
        Assert.Equal(HttpStatusCode.Created, news.StatusCode);
        var json = await news.JsonAsync();
        Assert.True(json.GetProperty("id").GetInt32() > 0);
        Assert.Equal("published", json.GetProperty("status").GetString());

        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var post = await ce.PostJsonAsync("/api/corner", new { title = "Hilsen fra kommunedirektøren", body = "God jul." });
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Equal("published", (await post.JsonAsync()).GetProperty("status").GetString());
        Assert.Contains("Hilsen fra kommunedirektøren", await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).TextAsync("/hjornet"));
    }

    [Fact]
    public async Task Bad_news_input_is_a_400_naming_the_field()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var response = await comms.PostJsonAsync("/api/news", new { title = "", body = "x", units = new[] { "finnes-ikke" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("units", out _));
    }

    [Fact]
    public async Task Restricted_targeted_news_is_not_readable_by_other_units()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var title = "Bare for helse " + Guid.NewGuid().ToString("N")[..6];
        var (id, url) = await comms.CreateNewsAsync(new { title, body = "Intern beskjed.", units = new[] { "helse-og-omsorg" }, restricted = true });

        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.OK, (await ansatt.GetAsync(url)).StatusCode);
        Assert.Contains(title, await ansatt.TextAsync("/nyheter"));

        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        Assert.Equal(HttpStatusCode.NotFound, (await ce.GetAsync(url)).StatusCode);
        Assert.DoesNotContain(title, await ce.TextAsync("/nyheter"));
        Assert.DoesNotContain(title, await ce.TextAsync("/"));

        await using var scope = Factory.Services.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<ArticleReader>();
        var ceReader = await ReaderForAsync(scope.ServiceProvider, DemoUsers.Kommunedirektor);
        Assert.Null(await articles.ByIdAsync(ceReader, id));
        var list = await articles.ListAsync(ceReader, new ArticleFilter(Kind: "news"), PageRequest.From(1, 100));
        Assert.DoesNotContain(list.Items, a => a.Id == id);
        var ansattReader = await ReaderForAsync(scope.ServiceProvider, DemoUsers.Ansatt);
        Assert.NotNull(await articles.ByIdAsync(ansattReader, id));
    }

    [Fact]
    public async Task Targeted_news_comes_first_for_readers_in_the_unit()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        await comms.CreateNewsAsync(new { title = "Til hjemmetjenesten", body = "Målrettet.", units = new[] { "hjemmetjenesten" } });
        Clock.Advance(TimeSpan.FromMinutes(5));
        await comms.CreateNewsAsync(new { title = "Til alle ansatte", body = "For alle.", units = Array.Empty<string>() });

        var ansatt = await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).TextAsync("/nyheter");
        Assert.True(ansatt.IndexOf("Til hjemmetjenesten", StringComparison.Ordinal) < ansatt.IndexOf("Til alle ansatte", StringComparison.Ordinal));
        var ce = await (await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor)).TextAsync("/nyheter?culture=nb");
        Assert.True(ce.IndexOf("Til alle ansatte", StringComparison.Ordinal) < ce.IndexOf("Til hjemmetjenesten", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_published_must_read_item_notifies_its_readers_once_and_reminders_at_most_daily()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (id, url) = await comms.CreateNewsAsync(new { title = "Nye vaktlister", body = "Les og bekreft.", mustRead = true, units = new[] { "hjemmetjenesten" } });
        var announced = $"news:{id}:must-read";
        Assert.Equal(1, await NotificationCountAsync(DemoUsers.Ansatt, announced));
        Assert.Equal(1, await NotificationCountAsync(DemoUsers.Nyansatt, announced));
        Assert.Equal(0, await NotificationCountAsync(DemoUsers.Kommunedirektor, announced));
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Contains("Nye vaktlister", await ansatt.TextAsync("/varsler"));

        await using (var scope = Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Services.MustReadAnnouncer>().AnnounceAsync(id);
        Assert.Equal(1, await NotificationCountAsync(DemoUsers.Ansatt, announced));

        var nyansatt = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Equal(HttpStatusCode.Redirect, (await nyansatt.PostFormAsync(url + "?handler=Confirm", new(), url)).StatusCode);
        var status = $"/nyheter/{id}/lesestatus";
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await comms.PostFormAsync(status + "?handler=Remind", new(), status)).StatusCode);
        Assert.Equal(1, await NotificationCountAsync(DemoUsers.Ansatt, $"news:{id}:must-read-reminder:"));
        Assert.Equal(0, await NotificationCountAsync(DemoUsers.Nyansatt, $"news:{id}:must-read-reminder:"));

        Clock.Advance(TimeSpan.FromDays(1));
        await comms.PostFormAsync(status + "?handler=Remind", new(), status);
        Assert.Equal(2, await NotificationCountAsync(DemoUsers.Ansatt, $"news:{id}:must-read-reminder:"));
    }

    [Fact]
    public async Task A_scheduled_must_read_item_is_announced_when_its_time_comes()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (id, _) = await comms.CreateNewsAsync(new { title = "Planlagt viktig", body = "Kommer snart.", mustRead = true, publishAt = Clock.UtcNow.AddMinutes(1), units = Array.Empty<string>() });
        var announced = $"news:{id}:must-read";
        Assert.Equal(0, await NotificationCountAsync(DemoUsers.Ansatt, announced));

        Clock.Advance(TimeSpan.FromMinutes(2));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        // The job sends one notification at a time: wait until both readers have theirs.
        while ((await NotificationCountAsync(DemoUsers.Ansatt, announced) == 0 || await NotificationCountAsync(DemoUsers.Kommunedirektor, announced) == 0)
               && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(1, await NotificationCountAsync(DemoUsers.Ansatt, announced));
        Assert.Equal(1, await NotificationCountAsync(DemoUsers.Kommunedirektor, announced));
        Assert.Equal(0, await NotificationCountAsync(DemoUsers.Kommunikasjon, announced));
    }

    /// <summary>The user's notifications whose dedup key starts with the prefix.</summary>
    private async Task<int> NotificationCountAsync(string userName, string keyPrefix)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return await db.Set<Intranet.Notifications.Models.Notification>().CountAsync(n => n.UserId == userId && n.DedupKey.StartsWith(keyPrefix));
    }

    private static async Task<ReaderContext> ReaderForAsync(IServiceProvider services, string userName)
    {
        var db = services.GetRequiredService<IntranetDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        var led = await db.UnitLeaders.Where(l => l.UserId == user.Id).Select(l => l.UnitId).ToListAsync();
        return new ReaderContext(user.Id, true, false, led) { UnitId = user.UnitId };
    }

    /// <summary>The "confirmed" cell of the unit's row in the read-status table.</summary>
    private static int ConfirmedIn(string html, string unitName)
    {
        var row = html.IndexOf($"<th scope=\"row\">{unitName}</th>", StringComparison.Ordinal);
        Assert.True(row >= 0, $"no row for {unitName}");
        var m = System.Text.RegularExpressions.Regex.Match(html[row..], "read-status__confirmed\">(\\d+)<");
        return int.Parse(m.Groups[1].Value);
    }
}

public sealed class NewsTestsSqlite(SqliteNewsHost host) : NewsTests(host), IClassFixture<SqliteNewsHost>;

public sealed class NewsTestsPostgres(PostgresNewsHost host) : NewsTests(host), IClassFixture<PostgresNewsHost>;
