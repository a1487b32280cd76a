using System.Net;
using System.Text.RegularExpressions;
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

    [Fact]
    public async Task Consent_record_is_shown_to_reviewers_but_not_to_the_author_or_other_employees()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var story = await Factory.PublishedStoryAsync(ansatt, comms, "Samtykke bare for vurderere", "internal");
        var nyansatt = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        foreach (var outsider in new[] { ansatt, nyansatt })
        {
            var html = await outsider.TextAsync(story.Url);
            Assert.Contains("Samtykke bare for vurderere", html);
            Assert.DoesNotContain(StoryTestClient.Consent, html);
            Assert.DoesNotContain("consent-heading", html);
        }
        foreach (var reviewer in new[] { leader, comms })
        {
            var html = await reviewer.TextAsync(story.Url);
            Assert.Contains(StoryTestClient.Consent, html);
            Assert.Contains("Samtykke (vises bare for vurderere)", html);
        }
    }

    [Fact]
    public async Task List_filters_by_unit_sector_and_value()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        const string school = "Filter skole tydelig", home = "Filter hjemme losning";
        var id = await ansatt.CreateStoryAsync(school, unit: "ringvik-skole", values: ["tydelig"]);
        Assert.Equal(HttpStatusCode.OK, (await comms.ReviewAsync(id, "approve")).StatusCode);
        id = await ansatt.CreateStoryAsync(home, values: ["losningsvillig"]);
        Assert.Equal(HttpStatusCode.OK, (await comms.ReviewAsync(id, "approve")).StatusCode);
        var reader = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);

        async Task Shows(string query, string shown, string hidden)
        {
            var titles = TitlesOn(await reader.TextAsync("/historier" + query));
            Assert.Contains(shown, titles);
            Assert.DoesNotContain(hidden, titles);
        }
        await Shows("?unit=ringvik-skole", school, home);
        await Shows("?unit=hjemmetjenesten", home, school);
        await Shows("?sector=helse-og-omsorg", home, school);
        await Shows("?sector=oppvekst-og-kultur", school, home);
        await Shows("?value=tydelig", school, home);
        await Shows("?value=losningsvillig", home, school);
        var none = TitlesOn(await reader.TextAsync("/historier?unit=hjemmetjenesten&value=tydelig"));
        Assert.DoesNotContain(school, none);
        Assert.DoesNotContain(home, none);
        Assert.Matches("<option value=\"ringvik-skole\" selected=\"selected\">", await reader.TextAsync("/historier?unit=ringvik-skole"));
    }

    [Fact]
    public async Task List_pages_twelve_stories_at_a_time_without_overlap()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var reader = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        for (var i = TotalOn(await reader.TextAsync("/historier")); i < 14; i++)
            await Factory.PublishedStoryAsync(ansatt, comms, $"Sidevisning {i}", "internal");
        var first = await reader.TextAsync("/historier");
        var total = TotalOn(first);
        Assert.True(total > 13, $"{total} stories");
        var pages = (total + 11) / 12;
        Assert.Contains($"Side 1 av {pages}", first);
        Assert.Contains("href=\"/historier?side=2\"", first);
        var seen = new List<string>();
        for (var side = 1; side <= pages; side++)
        {
            var titles = TitlesOn(await reader.TextAsync($"/historier?side={side}"));
            Assert.Equal(side < pages ? 12 : total - 12 * (pages - 1), titles.Count);
            seen.AddRange(titles);
        }
        Assert.Equal(total, seen.Distinct().Count());
        var filtered = await reader.TextAsync("/historier?value=losningsvillig&side=1");
        Assert.True(TotalOn(filtered) < total);
    }

    [Fact]
    public async Task New_story_form_picks_the_authors_own_unit()
    {
        var html = await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).TextAsync("/historier/ny");
        var selected = Regex.Matches(html, "<option value=\"\\d*\" selected=\"selected\">([^<]+)</option>");
        Assert.Equal("Hjemmetjenesten", Assert.Single(selected).Groups[1].Value);
    }

    [Fact]
    public async Task Inbox_is_refused_to_employees_and_leaders_see_only_their_units()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        AssertRefused(await ansatt.GetAsync("/historier/innboks"));
        await ansatt.CreateStoryAsync("Innboks skole", unit: "ringvik-skole");
        await ansatt.CreateStoryAsync("Innboks hjemme");
        var leaderInbox = await (await Factory.SignedInClientAsync(DemoUsers.Enhetsleder)).TextAsync("/historier/innboks");
        Assert.Contains("Innboks hjemme", leaderInbox);
        Assert.DoesNotContain("Innboks skole", leaderInbox);
        var commsInbox = await (await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon)).TextAsync("/historier/innboks");
        Assert.Contains("Innboks skole", commsInbox);
    }

    [Fact]
    public async Task Employee_cannot_restore_a_version()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var story = await Factory.PublishedStoryAsync(ansatt, comms, "Versjon som står", "internal");
        await comms.PostFormAsync($"/historier/{story.Id}/rediger", new()
        {
            ["Form.Id"] = story.Id.ToString(), ["Form.Title"] = "Versjon som står endret", ["Form.Body"] = "Ny tekst.",
            ["Form.Values"] = "tydelig", ["Form.Audience"] = "internal", ["action"] = "draft",
        });
        Assert.Equal("Versjon som står endret", (await Factory.ArticleAsync(story.Id)).Title);
        var version = await Factory.WithDbAsync(db => db.ArticleVersions
            .Where(v => v.ArticleId == story.Id && v.Title == "Versjon som står").Select(v => v.VersionNumber).FirstAsync());
        var restore = await ansatt.PostFormAsync($"/historier/{story.Id}/versjoner", new() { ["version"] = version.ToString() }, "/historier/ny");
        AssertRefused(restore);
        Assert.Equal("Versjon som står endret", (await Factory.ArticleAsync(story.Id)).Title);
    }

    private static int TotalOn(string html) => int.Parse(Regex.Match(html, @"role=""status"">(\d+) historier").Groups[1].Value);

    private static List<string> TitlesOn(string html) =>
        Regex.Matches(html, "class=\"card__title\"><a href=\"[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();

    private static void AssertRefused(HttpResponseMessage response)
    {
        var refused = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/feil/403"));
        Assert.True(refused, $"Expected 403 or a redirect to /feil/403, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    private Task<int> ReactionsAsync(int id) => Factory.WithDbAsync(db => db.Set<StoryReaction>().CountAsync(r => r.ArticleId == id));

    private Task<int> CommentsAsync(int id) => Factory.WithDbAsync(db => db.Set<StoryComment>().CountAsync(c => c.ArticleId == id));
}

public sealed class StoryPageTestsSqlite(SqliteIntranet host) : StoryPageTests(host), IClassFixture<SqliteIntranet>;

public sealed class StoryPageTestsPostgres(PostgresIntranet host) : StoryPageTests(host), IClassFixture<PostgresIntranet>;
