using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Corner.Models;
using Intranet.Corner.Services;
using Intranet.Newsletter.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Newsletter.Tests;

public abstract class FeedAndNotificationTests(DatabaseProvider provider) : IDisposable
{
    protected readonly IntranetFactory Factory = new(provider);

    [Fact]
    public async Task The_personal_news_feed_shows_only_what_its_owner_may_read_and_a_rotated_token_stops_working()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        await comms.CreateNewsAsync(new { title = "Åpen nyhet for alle", body = "Alle.", units = Array.Empty<string>() });
        await comms.CreateNewsAsync(new { title = "Bare for barnehagene", body = "Lukket.", units = new[] { "barnehagene" }, restricted = true });

        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var created = WebUtility.HtmlDecode(await (await ansatt.PostFormAsync("/profil/nyhetsfeed?handler=Create", new(), "/profil/nyhetsfeed")).Content.ReadAsStringAsync());
        var url = Regex.Match(created, "id=\"feed-url\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("/feeds/nyheter.atom?token=", url);

        var anonymous = Factory.CreateClient();
        var feed = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var xml = await feed.Content.ReadAsStringAsync();
        Assert.Contains("Åpen nyhet for alle", xml);
        Assert.DoesNotContain("Bare for barnehagene", xml);
        System.Xml.Linq.XDocument.Parse(xml);

        using (var scope = Factory.Services.CreateScope())
        {
            var token = new Uri(url).Query.Split("token=")[1];
            var stored = await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<FeedToken>().Select(t => t.TokenHash).ToListAsync();
            Assert.DoesNotContain(token, stored);
            Assert.Contains(Services.FeedTokens.Hash(token), stored);
        }

        await ansatt.PostFormAsync("/profil/nyhetsfeed?handler=Create", new(), "/profil/nyhetsfeed");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(url).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/feeds/nyheter.atom?token=feil")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/feeds/nyheter.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/feeds/historier.atom")).StatusCode);
    }

    [Fact]
    public async Task An_answer_to_your_question_notifies_you_once_and_you_can_mark_it_read()
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.PostFormAsync("/hjornet/spor", new() { ["Text"] = "Når kommer ny turnusplan?" });
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var question = await db.Set<CornerQuestion>().SingleAsync(q => q.Text == "Når kommer ny turnusplan?");
        var box = scope.ServiceProvider.GetRequiredService<QuestionBox>();
        await box.AnswerAsync(question.Id, "I mars.", new Actor(null, "kommunedirektor"));
        await box.AnswerAsync(question.Id, "I mars, første uke.", new Actor(null, "kommunedirektor"));

        Assert.Equal(1, await db.Set<Notifications.Models.Notification>().CountAsync(n => n.DedupKey == $"corner-question:{question.Id}:answered"));
        Assert.Contains("Kommunedirektøren har svart på spørsmålet ditt", await ansatt.TextAsync("/varsler"));
        Assert.Contains("notification-bell__count\">(1)", await ansatt.TextAsync("/"));
        await ansatt.PostFormAsync("/varsler?handler=Read", new(), "/varsler");
        Assert.Contains("notification-bell__count\">(0)", await ansatt.TextAsync("/"));
    }

    [Fact]
    public async Task A_comment_on_your_story_by_someone_else_notifies_you_once_and_your_own_comment_does_not()
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var created = await ansatt.PostJsonAsync("/api/stories", new
        {
            title = "Vi fikk nye ruter", body = "Det ble bedre for brukerne.", values = new[] { "losningsvillig" }, audience = "internal",
            submit = true, imageIds = Array.Empty<string>(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Equal(HttpStatusCode.OK, (await comms.PostJsonAsync($"/api/stories/{id}/review", new { decision = "approve", comment = "" })).StatusCode);
        string url;
        using (var scope = Factory.Services.CreateScope())
            url = (await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Articles.AsNoTracking().SingleAsync(a => a.Id == id)).Url;

        var nyansatt = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        await nyansatt.PostFormAsync(url + "?handler=Comment", new() { ["CommentText"] = "Flott arbeid!" }, url);
        await ansatt.PostFormAsync(url + "?handler=Comment", new() { ["CommentText"] = "Takk!" }, url);

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
            var notices = await db.Set<Notifications.Models.Notification>().Where(n => n.DedupKey.StartsWith($"story:{id}:comment:")).ToListAsync();
            var notice = Assert.Single(notices);
            var (kari, jonas) = (await UserIdAsync(db, DemoUsers.Ansatt), await UserIdAsync(db, DemoUsers.Nyansatt));
            Assert.Equal(kari, notice.UserId);
            Assert.Equal(url + "#kommentarer", notice.Url);
            Assert.Equal(2, await db.Set<Stories.Models.StoryComment>().CountAsync(c => c.ArticleId == id));
            Assert.DoesNotContain(notices, n => n.UserId == jonas);
        }
        var page = await ansatt.TextAsync("/varsler");
        Assert.Contains("Jonas Berg kommenterte «Vi fikk nye ruter»", page);
        Assert.Contains(ShownInNorway(await CreatedAtAsync(id)), page); // Oslo time, not the server's zone (UTC here)
    }

    private async Task<DateTimeOffset> CreatedAtAsync(int storyId)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<Notifications.Models.Notification>()
            .Where(n => n.DedupKey.StartsWith($"story:{storyId}:comment:")).Select(n => n.CreatedAt).SingleAsync();
    }

    private static string ShownInNorway(DateTimeOffset at)
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(Intranet.Core.Localization.Cultures.Bokmal);
        try { return Intranet.Core.Time.OsloTime.Display(at); }
        finally { System.Globalization.CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    public async Task The_calendar_feed_with_a_personal_token_shows_what_its_owner_may_see_and_a_wrong_token_is_not_found()
    {
        var anonymous = Factory.CreateClient();
        Assert.Equal(0, Events(await anonymous.GetStringAsync("/arrangementer/kalender.ics")));

        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var created = WebUtility.HtmlDecode(await (await ansatt.PostFormAsync("/profil/nyhetsfeed?handler=Create", new(), "/profil/nyhetsfeed")).Content.ReadAsStringAsync());
        var token = new Uri(Regex.Match(created, "id=\"feed-url\"[^>]*value=\"([^\"]+)\"").Groups[1].Value).Query.Split("token=")[1];

        var personal = await anonymous.GetAsync($"/arrangementer/kalender.ics?token={token}");
        Assert.Equal(HttpStatusCode.OK, personal.StatusCode);
        Assert.Equal("text/calendar", personal.Content.Headers.ContentType!.MediaType);
        var ics = await personal.Content.ReadAsStringAsync();
        Assert.Equal(3, Events(ics));
        Assert.Contains("Temadag om omdømme", ics.Replace("\r\n ", ""));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/arrangementer/kalender.ics?token=feil")).StatusCode);
    }

    private static int Events(string ics) => ics.Split("BEGIN:VEVENT").Length - 1;

    private static Task<string> UserIdAsync(IntranetDbContext db, string userName) =>
        db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class FeedAndNotificationTestsSqlite() : FeedAndNotificationTests(DatabaseProvider.Sqlite);

public sealed class FeedAndNotificationTestsPostgres() : FeedAndNotificationTests(DatabaseProvider.Postgres);
