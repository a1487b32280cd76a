using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Models;
using Intranet.Stories.Services;
using Intranet.Testing;
using Xunit;

namespace Intranet.Stories.Tests;

/// <summary>The API contract: POST /api/stories and POST /api/stories/{id}/review, with who may do what.</summary>
public abstract class StoryApiTests(SharedIntranet host)
{
    protected IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Creates_a_draft_or_a_submitted_story()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        var draft = await ansatt.PostStoryAsync("Et utkast", submit: false);
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal("draft", (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var submitted = await ansatt.PostStoryAsync("Sendt inn", "public");
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var body = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("submitted", body.GetProperty("status").GetString());
        var story = await Factory.ArticleAsync(body.GetProperty("id").GetInt32());
        Assert.Equal(ArticleKinds.Story, story.Kind);
        Assert.Equal(Audience.Public, story.Audience);
        Assert.NotNull(story.UnitId);
    }

    [Fact]
    public async Task Public_story_without_consent_is_refused_naming_consent()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        var response = await ansatt.PostStoryAsync("Uten samtykke", "public", consent: null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("samtykke", problem.GetProperty("errors").GetProperty("consent")[0].GetString());
    }

    [Fact]
    public async Task Internal_story_that_names_people_without_consent_is_refused()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        var refused = await ansatt.PostStoryAsync("Navngir en bruker internt", consent: null, namesPeople: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(StoryRules.ConsentMissing, problem.GetProperty("errors").GetProperty("consent")[0].GetString());
        Assert.Equal(0, await Factory.WithDbAsync(db => Task.FromResult(db.Articles.Count(a => a.Title == "Navngir en bruker internt"))));

        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var form = await client.PostFormAsync("/historier/ny", new()
        {
            ["Form.Title"] = "Navngir en kollega internt", ["Form.Body"] = "Kollegaen min Per fikk det til.",
            ["Form.Values"] = "tydelig", ["Form.Audience"] = "internal", ["Form.NamesPeople"] = "true", ["action"] = "submit",
        });
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = await form.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-consent\"", html);
        Assert.Equal(0, await Factory.WithDbAsync(db => Task.FromResult(db.Articles.Count(a => a.Title == "Navngir en kollega internt"))));

        var withoutNames = await ansatt.PostStoryAsync("Intern uten navn", consent: null);
        Assert.Equal(HttpStatusCode.Created, withoutNames.StatusCode);
    }

    [Fact]
    public async Task Story_without_values_is_refused_naming_values()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        var response = await ansatt.PostStoryAsync("Uten verdier", values: []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("values", out _));
    }

    [Fact]
    public async Task Cookie_call_without_antiforgery_token_is_refused()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var response = await client.PostStoryAsync("Uten nøkkel");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Factory.WithDbAsync(db => Task.FromResult(db.Articles.Count(a => a.Title == "Uten nøkkel"))));
    }

    [Fact]
    public async Task Employee_cannot_review()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        var id = await ansatt.CreateStoryAsync("Min egen historie");
        Assert.Equal(HttpStatusCode.Forbidden, (await ansatt.ReviewAsync(id, "approve")).StatusCode);
        var nyansatt = await Factory.ApiClientAsync(DemoUsers.Nyansatt);
        Assert.Equal(HttpStatusCode.Forbidden, (await nyansatt.ReviewAsync(id, "approve")).StatusCode);
        Assert.Equal(ArticleStatus.Submitted, (await Factory.ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task Unit_leader_reviews_own_units_stories_but_not_another_units()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        var leader = await Factory.ApiClientAsync(DemoUsers.Enhetsleder);
        var school = await ansatt.CreateStoryAsync("Fra skolen", unit: "ringvik-skole");
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.ReviewAsync(school, "approve")).StatusCode);
        Assert.Equal(ArticleStatus.Submitted, (await Factory.ArticleAsync(school)).Status);

        var home = await ansatt.CreateStoryAsync("Fra hjemmetjenesten");
        var response = await leader.ReviewAsync(home, "request-changes", "Fjern navnet på brukeren.");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("changes-requested", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Request_changes_needs_a_comment_and_unknown_decisions_are_refused()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        var comms = await Factory.ApiClientAsync(DemoUsers.Kommunikasjon);
        var id = await ansatt.CreateStoryAsync("Trenger kommentar");
        var noComment = await comms.ReviewAsync(id, "request-changes");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        Assert.True((await noComment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await comms.ReviewAsync(id, "maybe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await comms.ReviewAsync(999999, "approve")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/stories", new { title = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class StoryApiTestsSqlite(SqliteIntranet host) : StoryApiTests(host), IClassFixture<SqliteIntranet>;

public sealed class StoryApiTestsPostgres(PostgresIntranet host) : StoryApiTests(host), IClassFixture<PostgresIntranet>;
