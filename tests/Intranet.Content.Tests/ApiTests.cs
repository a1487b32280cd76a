using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Content.Tests;

public abstract class ApiTests(SharedIntranet host) : ContentTestBase(host)
{
    [Fact]
    public async Task List_has_the_contract_shape_with_unit_and_values_as_slugs()
    {
        var unitId = await WithDbAsync(db => db.Units.Where(u => u.Slug == "hjemmetjenesten").Select(u => u.Id).SingleAsync());
        var input = News("Kontraktsnyhet") with { UnitId = unitId, Values = ["tydelig"], Tags = ["Turnus"] };
        var created = await CreateAsync(input, await ActorAsync("admin"), ArticleStatus.Published);
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/articles?kind=news&unit=hjemmetjenesten&value=tydelig&page=1&pageSize=50");
        Assert.True(body.GetProperty("total").GetInt32() >= 1);
        var item = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == created.Id);
        string[] fields = ["id", "kind", "slug", "title", "url", "summary", "publishedAt", "unit", "values"];
        Assert.Equal(fields.Order(), item.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("news", item.GetProperty("kind").GetString());
        Assert.Equal("/nyheter/kontraktsnyhet", item.GetProperty("url").GetString());
        Assert.Equal("hjemmetjenesten", item.GetProperty("unit").GetString());
        Assert.Equal(["tydelig"], item.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Detail_has_the_contract_shape()
    {
        var input = News("Detaljnyhet", "Hei **alle**.") with { Values = ["tydelig"], Tags = ["Turnus", "vakt"], AuthorName = "Ada Admin" };
        var created = await CreateAsync(input, await ActorAsync("admin"), ArticleStatus.Published);
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);

        var a = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{created.Id}");
        string[] fields = ["id", "kind", "title", "slug", "url", "summary", "bodyHtml", "status", "audience", "unit", "values", "tags", "author", "publishedAt", "updatedAt", "imageIds"];
        Assert.Equal(fields.Order(), a.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("published", a.GetProperty("status").GetString());
        Assert.Equal("internal", a.GetProperty("audience").GetString());
        Assert.Contains("<strong>alle</strong>", a.GetProperty("bodyHtml").GetString());
        Assert.Equal("Ada Admin", a.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(["turnus", "vakt"], a.GetProperty("tags").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(0, a.GetProperty("imageIds").GetArrayLength());
    }

    [Fact]
    public async Task Status_is_kebab_case()
    {
        var admin = await ActorAsync("admin");
        var created = await CreateAsync(News("Til endring"), admin);
        await WithScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IArticleService>(sp).SetStatusAsync(created.Id, ArticleStatus.ChangesRequested, admin));
        var client = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var a = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{created.Id}");
        Assert.Equal("changes-requested", a.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/api/articles?page=-5")]
    [InlineData("/api/articles?pageSize=99999")]
    [InlineData("/api/articles?page=abc&pageSize=-1")]
    [InlineData("/api/articles?page=99999999999")]
    [InlineData("/api/articles?kind=%3Cscript%3E")]
    [InlineData("/api/articles?unit=%3Cscript%3E&value=%27%20OR%201=1")]
    [InlineData("/api/articles/99999999")]
    [InlineData("/api/articles/-1")]
    public async Task Hostile_query_values_never_give_a_server_error(string url)
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var response = await client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} gave {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_size_is_clamped()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var response = await client.GetAsync("/api/articles?page=-5&pageSize=99999");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("items").GetArrayLength() <= 100);
    }

    [Fact]
    public async Task Unknown_kind_is_a_problem_naming_the_field()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var response = await client.GetAsync("/api/articles?kind=%3Cscript%3E");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("errors").TryGetProperty("kind", out _));
    }
}

public sealed class ApiTestsSqlite(SqliteIntranet host) : ApiTests(host), IClassFixture<SqliteIntranet>;

public sealed class ApiTestsPostgres(PostgresIntranet host) : ApiTests(host), IClassFixture<PostgresIntranet>;
