using System.Net;
using System.Xml.Linq;
using Intranet.Core.Models;
using Intranet.Stories.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Stories.Tests;

/// <summary>Pages, visibility, reactions, comments, feed and withdrawal, against the real host.</summary>
public abstract class StoryPageTests(SharedIntranet host)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    protected IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Nobody_else_sees_a_draft_or_submitted_story()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        var draft = await Factory.ArticleAsync(await ansatt.CreateDraftAsync("Hemmelig utkast"));
        var submitted = await Factory.ArticleAsync(await ansatt.CreateStoryAsync("Til vurdering nå"));
        var nyansatt = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        foreach (var story in new[] { draft, submitted })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await nyansatt.GetAsync(story.Url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await nyansatt.GetAsync($"/historier/{story.Id}/rediger")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Factory.CreateClient().GetAsync(story.Url)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await ansatt.GetAsync(story.Url)).StatusCode);
        }
        var list = await nyansatt.GetStringAsync("/historier");
        Assert.DoesNotContain("Hemmelig utkast", list);
        Assert.DoesNotContain("Til vurdering nå", list);
    }

    [Fact]
    public async Task Public_story_without_consent_shows_the_form_again_with_everything_typed()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var response = await client.PostFormAsync("/historier/ny", new()
        {
            ["Form.Title"] = "Frokostklubben på Solsiden",
            ["Form.Body"] = "Vi startet en **frokostklubb** for de som bor alene.",
            ["Form.Values"] = "losningsvillig",
            ["Form.Audience"] = "public",
            ["Form.Checklist"] = "names",
            ["action"] = "submit",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("error-summary", html);
        Assert.Contains("id=\"error-consent\"", html);
        Assert.Contains("value=\"Frokostklubben på Solsiden\"", html);
        Assert.Contains("Vi startet en **frokostklubb** for de som bor alene.", html);
        Assert.Matches("value=\"losningsvillig\" checked", html);
        Assert.Matches("id=\"audience-public\" name=\"Form.Audience\" value=\"public\" checked", html);
        Assert.Matches("value=\"names\" checked", html);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Title == "Frokostklubben på Solsiden")));
    }

    [Fact]
    public async Task Editor_previews_safe_html_and_autosaves_a_draft()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var preview = await client.PostFormAsync("/historier/ny?handler=Preview",
            new() { ["Form.Body"] = "**Godt** jobbet <script>alert(1)</script> [x](javascript:alert(1))" }, "/historier/ny");
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<strong>Godt</strong>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);

        var autosave = await client.PostFormAsync("/historier/ny?handler=Autosave",
            new() { ["Form.Title"] = "Halvferdig historie", ["Form.Body"] = "Vi begynte", ["Form.Audience"] = "public" }, "/historier/ny");
        var id = System.Text.Json.JsonDocument.Parse(await autosave.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var draft = await Factory.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Draft, draft.Status);
        Assert.Equal("Halvferdig historie", draft.Title);
        await client.PostFormAsync("/historier/ny?handler=Autosave",
            new() { ["Form.Id"] = id.ToString(), ["Form.Title"] = "Halvferdig historie", ["Form.Body"] = "Vi begynte og fortsatte" }, "/historier/ny");
        Assert.Equal("Vi begynte og fortsatte", (await Factory.ArticleAsync(id)).BodyMarkdown);
        Assert.Contains("Halvferdig historie", WebUtility.HtmlDecode(await client.GetStringAsync("/historier/mine")));
    }

    [Fact]
    public async Task Applause_is_one_per_person()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var story = await Factory.PublishedStoryAsync(ansatt, comms, "Applaus for hjemmetjenesten");
        var nyansatt = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        await nyansatt.PostFormAsync(story.Url + "?handler=Applaus", [], story.Url);
        await ansatt.PostFormAsync(story.Url + "?handler=Applaus", [], story.Url);
        Assert.Equal(2, await ReactionsAsync(story.Id));
        await nyansatt.PostFormAsync(story.Url + "?handler=Applaus", [], story.Url);
        Assert.Equal(1, await ReactionsAsync(story.Id));
        Assert.Contains("applause__count\">1<", await nyansatt.GetStringAsync(story.Url));
    }

    [Fact]
    public async Task Comments_are_deleted_by_their_author_or_communications_staff_only()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var story = await Factory.PublishedStoryAsync(ansatt, comms, "Kommentarer er velkomne");
        var nyansatt = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        await ansatt.PostFormAsync(story.Url + "?handler=Comment", new() { ["CommentText"] = "Takk til alle!" }, story.Url);
        await nyansatt.PostFormAsync(story.Url + "?handler=Comment", new() { ["CommentText"] = "Flott arbeid." }, story.Url);
        var comments = await Factory.WithDbAsync(db => db.Set<StoryComment>().Where(c => c.ArticleId == story.Id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(2, comments.Count);

        var forbidden = await nyansatt.PostFormAsync($"{story.Url}?handler=DeleteComment&commentId={comments[0].Id}", [], story.Url);
        Assert.DoesNotContain("#kommentarer", forbidden.Headers.Location?.ToString() ?? "");
        Assert.Equal(2, await CommentsAsync(story.Id));
        await nyansatt.PostFormAsync($"{story.Url}?handler=DeleteComment&commentId={comments[1].Id}", [], story.Url);
        Assert.Equal(1, await CommentsAsync(story.Id));
        await comms.PostFormAsync($"{story.Url}?handler=DeleteComment&commentId={comments[0].Id}", [], story.Url);
        Assert.Equal(0, await CommentsAsync(story.Id));
    }

    [Fact]
    public async Task Closed_comments_take_no_new_comments()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var story = await Factory.PublishedStoryAsync(ansatt, comms, "Stengte kommentarer");
        await ansatt.PostFormAsync(story.Url + "?handler=CommentsOpen", new() { ["closed"] = "true" }, story.Url);
        var nyansatt = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var response = await nyansatt.PostFormAsync(story.Url + "?handler=Comment", new() { ["CommentText"] = "Hei" }, story.Url);
        Assert.Contains("Kommentarfeltet er stengt", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await CommentsAsync(story.Id));
    }

    [Fact]
    public async Task Atom_feed_holds_only_public_live_stories_with_absolute_urls()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var open = await Factory.PublishedStoryAsync(ansatt, comms, "Offentlig og publisert");
        await Factory.PublishedStoryAsync(ansatt, comms, "Intern og publisert", "internal");
        await ansatt.CreateStoryAsync("Offentlig men til vurdering", "public");
        var response = await Factory.CreateClient().GetAsync("/feeds/historier.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        var titles = entries.Select(e => e.Element(Atom + "title")!.Value).ToList();
        // The demo recipe's (and other tests') public stories are in the feed too: only published public stories.
        var expected = await Factory.WithDbAsync(db => db.Articles
            .Where(a => a.Kind == ArticleKinds.Story && a.Audience == Audience.Public && a.Status == ArticleStatus.Published)
            .Select(a => a.Title).ToListAsync());
        Assert.Contains("Offentlig og publisert", titles);
        Assert.DoesNotContain("Intern og publisert", titles);
        Assert.DoesNotContain("Offentlig men til vurdering", titles);
        Assert.All(titles, t => Assert.Contains(t, expected));
        var link = entries.Single(e => e.Element(Atom + "title")!.Value == "Offentlig og publisert").Element(Atom + "link")!.Attribute("href")!.Value;
        Assert.True(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.AbsolutePath == open.Url, link);
        Assert.NotNull(feed.Root.Element(Atom + "updated"));
    }

    [Fact]
    public async Task Withdrawing_removes_the_story_from_list_public_page_and_feed_at_once()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var story = await Factory.PublishedStoryAsync(ansatt, comms, "Snart trukket tilbake");
        var anonymous = Factory.CreateClient();
        Assert.Contains(story.Title, await anonymous.GetStringAsync("/historier"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(story.Url)).StatusCode);
        Assert.Contains(story.Title, await anonymous.GetStringAsync("/feeds/historier.atom"));

        var withdraw = await ansatt.PostFormAsync($"/historier/mine?handler=Withdraw&id={story.Id}", [], "/historier/mine");
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.DoesNotContain(story.Title, await anonymous.GetStringAsync("/historier"));
        Assert.DoesNotContain(story.Title, await ansatt.GetStringAsync("/historier"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(story.Url)).StatusCode);
        Assert.DoesNotContain(story.Title, await anonymous.GetStringAsync("/feeds/historier.atom"));
        Assert.Equal(ArticleStatus.Archived, (await Factory.ArticleAsync(story.Id)).Status);
        Assert.True(await Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == story.Id.ToString() && a.Details.Contains("Archived"))));
    }

    [Fact]
    public async Task Anonymous_readers_get_the_public_layout_without_comments_or_internal_data()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var story = await Factory.PublishedStoryAsync(ansatt, comms, "Til publikum");
        var html = await Factory.CreateClient().GetStringAsync(story.Url);
        Assert.Contains("Til publikum", html);
        Assert.Contains("class=\"public\"", html);
        Assert.DoesNotContain("Kari Nordmann", html);
        Assert.DoesNotContain("Kommentarer", html);
        Assert.DoesNotContain(StoryTestClient.Consent, html);
        Assert.DoesNotContain("Hovedmeny", html);
    }

    private Task<int> ReactionsAsync(int id) => Factory.WithDbAsync(db => db.Set<StoryReaction>().CountAsync(r => r.ArticleId == id));

    private Task<int> CommentsAsync(int id) => Factory.WithDbAsync(db => db.Set<StoryComment>().CountAsync(c => c.ArticleId == id));
}

public sealed class StoryPageTestsSqlite(SqliteIntranet host) : StoryPageTests(host), IClassFixture<SqliteIntranet>;

public sealed class StoryPageTestsPostgres(PostgresIntranet host) : StoryPageTests(host), IClassFixture<PostgresIntranet>;
