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

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class FeedAndNotificationTestsSqlite() : FeedAndNotificationTests(DatabaseProvider.Sqlite);

public sealed class FeedAndNotificationTestsPostgres() : FeedAndNotificationTests(DatabaseProvider.Postgres);
