using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Content.Tests;

public abstract class VisibilityTests(SharedIntranet host) : ContentTestBase(host)
{
    [Fact]
    public async Task Another_users_draft_is_404_on_the_page_and_in_the_api()
    {
        var draft = await CreateAsync(News("Hemmelig utkast"), await ActorAsync("admin"));
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);

        var page = await client.GetAsync(draft.Url);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Hemmelig utkast", await page.Content.ReadAsStringAsync());

        var api = await client.GetAsync($"/api/articles/{draft.Id}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var list = await client.GetStringAsync("/api/articles?kind=news&pageSize=100");
        Assert.DoesNotContain("Hemmelig utkast", list);
    }

    [Fact]
    public async Task The_author_and_communications_staff_can_read_the_draft()
    {
        var draft = await CreateAsync(News("Mitt utkast"), await ActorAsync("ansatt"));
        var author = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(draft.Url)).StatusCode);
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Equal(HttpStatusCode.OK, (await comms.GetAsync($"/api/articles/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_readers_only_get_public_live_articles()
    {
        var admin = await ActorAsync("admin");
        var open = await CreateAsync(News("Åpen nyhet", audience: Audience.Public), admin, ArticleStatus.Published);
        var closed = await CreateAsync(News("Intern nyhet"), admin, ArticleStatus.Published);
        var anonymous = Factory.CreateClient(new() { AllowAutoRedirect = false });

        var body = await anonymous.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=100");
        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(open.Id, ids);
        Assert.DoesNotContain(closed.Id, ids);
        Assert.Equal(ids.Count, body.GetProperty("total").GetInt32());
        var publicIds = await WithDbAsync(db => db.Articles.Where(a => a.Audience == Audience.Public && a.Status == ArticleStatus.Published).Select(a => a.Id).ToListAsync());
        Assert.All(ids, id => Assert.Contains(id, publicIds));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/articles/{closed.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/articles/{open.Id}")).StatusCode);
        var internalPage = await anonymous.GetAsync(closed.Url);
        Assert.Equal(HttpStatusCode.Redirect, internalPage.StatusCode);
        Assert.StartsWith("/logg-inn", internalPage.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Anonymous_readers_see_public_stories_but_not_internal_lists()
    {
        var anonymous = Factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/historier")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/nyheter")).StatusCode);
    }
}

public sealed class VisibilityTestsSqlite(SqliteIntranet host) : VisibilityTests(host), IClassFixture<SqliteIntranet>;

public sealed class VisibilityTestsPostgres(PostgresIntranet host) : VisibilityTests(host), IClassFixture<PostgresIntranet>;
