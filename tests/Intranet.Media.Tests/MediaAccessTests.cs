using System.Net;
using System.Net.Http.Headers;
using Intranet.Core.Models;
using Intranet.Testing;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>Serving headers, named sizes only, and the rule that an image follows the articles that use it.</summary>
public abstract class MediaAccessTests(MediaHost host)
{
    [Fact]
    public async Task Served_images_carry_cache_etag_nosniff_and_sandbox_headers()
    {
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.Jpeg(1200, 800));
        var url = json.GetProperty("urls").GetProperty("medium").GetString()!;
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        var cache = response.Headers.CacheControl!;
        Assert.Equal(TimeSpan.FromSeconds(31536000), cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
        Assert.True(cache.Private, "an image behind a read rule is private to the reader");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
        var etag = response.Headers.ETag!;

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var revalidated = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Images_in_a_live_public_article_are_public_for_anyone()
    {
        var json = await host.UploadOkAsync(DemoUsers.Admin, TestImages.Jpeg(300, 200));
        var id = json.GetProperty("id").GetString();
        await host.CreateArticleAsync(DemoUsers.Admin, $"![Et bilde](/media/{id}/medium)", ArticleStatus.Published, Audience.Public);
        var response = await host.Factory.CreateClient().GetAsync($"/media/{id}/medium");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(31536000), response.Headers.CacheControl.MaxAge);
    }

    [Theory]
    [InlineData("huge")]
    [InlineData("100x100")]
    [InlineData("..")]
    public async Task Unknown_sizes_are_404(string size)
    {
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.Jpeg(50, 50));
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        var response = await client.GetAsync($"/media/{json.GetProperty("id").GetString()}/{size}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_and_malformed_ids_are_404()
    {
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{Guid.NewGuid():N}/thumb")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/..%2F..%2Fetc/thumb")).StatusCode);
    }

    [Fact]
    public async Task An_image_used_only_by_another_users_draft_is_404_for_ansatt_until_published()
    {
        var json = await host.UploadOkAsync(DemoUsers.Admin, TestImages.Jpeg(300, 200));
        var id = json.GetProperty("id").GetString();
        var draft = await host.CreateArticleAsync(DemoUsers.Admin, $"Tekst\n\n![Utkastbilde](/media/{id}/medium)", ArticleStatus.Draft);
        var ansatt = await host.ClientAsync(DemoUsers.Ansatt);
        var admin = await host.ClientAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await ansatt.GetAsync($"/media/{id}/medium")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/media/{id}/medium")).StatusCode);

        await host.PublishAsync(draft.Id);
        Assert.Equal(HttpStatusCode.OK, (await ansatt.GetAsync($"/media/{id}/medium")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Factory.CreateClient().GetAsync($"/media/{id}/medium")).StatusCode);
    }

    [Fact]
    public async Task An_image_in_an_article_restricted_to_units_is_seen_only_in_those_units()
    {
        var json = await host.UploadOkAsync(DemoUsers.Admin, TestImages.Jpeg(120, 80));
        var url = $"/media/{json.GetProperty("id").GetString()}/thumb";
        var article = await host.CreateArticleAsync(DemoUsers.Admin, $"![Skolebilde]({url})", ArticleStatus.Draft, Audience.Public);
        await host.RestrictAsync(article.Id, "ringvik-skole");
        await host.PublishAsync(article.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await (await host.ClientAsync(DemoUsers.Nyansatt)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.ClientAsync(DemoUsers.Enhetsleder)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Factory.CreateClient().GetAsync(url)).StatusCode);
        var admin = await (await host.ClientAsync(DemoUsers.Admin)).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.True(admin.Headers.CacheControl!.Private, "a restricted article's image is never public");

        await host.RestrictAsync(article.Id, "hjemmetjenesten");
        Assert.Equal(HttpStatusCode.OK, (await (await host.ClientAsync(DemoUsers.Nyansatt)).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_unused_image_is_seen_only_by_its_uploader_and_content_managers()
    {
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.Jpeg(60, 40));
        var url = $"/media/{json.GetProperty("id").GetString()}/thumb";
        Assert.Equal(HttpStatusCode.OK, (await (await host.ClientAsync(DemoUsers.Ansatt)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await host.ClientAsync(DemoUsers.Admin)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.ClientAsync(DemoUsers.Nyansatt)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Factory.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Library_lists_usage_edits_alt_text_and_deletes_only_unused_images()
    {
        var used = (await host.UploadOkAsync(DemoUsers.Admin, TestImages.Jpeg(80, 60), "fjordbilde.jpg", "Brukt bilde")).GetProperty("id").GetString()!;
        var unused = (await host.UploadOkAsync(DemoUsers.Admin, TestImages.Jpeg(80, 60), "skogbilde.jpg", "Ubrukt bilde")).GetProperty("id").GetString()!;
        var article = await host.CreateArticleAsync(DemoUsers.Admin, $"![Brukt bilde](/media/{used}/large)", ArticleStatus.Published);
        var admin = await host.ClientAsync(DemoUsers.Admin);

        var page = await admin.GetStringAsync("/admin/media?q=fjordbilde");
        Assert.Contains(article.Title, page);
        Assert.DoesNotContain("skogbilde.jpg", page);

        var refused = await admin.PostFormAsync("/admin/media?handler=Delete", new() { ["id"] = used }, "/admin/media");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("i bruk", await refused.Content.ReadAsStringAsync());

        var emptyAlt = await admin.PostFormAsync("/admin/media?handler=Alt", new() { ["id"] = unused, ["alt"] = " " }, "/admin/media");
        Assert.Contains("alternativ tekst", (await emptyAlt.Content.ReadAsStringAsync()).ToLowerInvariant());
        Assert.Contains("error-summary", await emptyAlt.Content.ReadAsStringAsync());

        var saved = await admin.PostFormAsync("/admin/media?handler=Alt", new() { ["id"] = unused, ["alt"] = "Ny beskrivelse av bildet" }, "/admin/media");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Ny beskrivelse av bildet", await admin.GetStringAsync("/admin/media?q=beskrivelse"));

        var deleted = await admin.PostFormAsync("/admin/media?handler=Delete", new() { ["id"] = unused }, "/admin/media");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/media/{unused}/thumb")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/media/{used}/thumb")).StatusCode);
    }

    [Fact]
    public async Task Library_is_for_content_managers_only()
    {
        var ansatt = await host.ClientAsync(DemoUsers.Ansatt);
        var response = await ansatt.GetAsync("/admin/media");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class MediaAccessTestsSqlite(SqliteMediaHost host) : MediaAccessTests(host), IClassFixture<SqliteMediaHost>;

public sealed class MediaAccessTestsPostgres(PostgresMediaHost host) : MediaAccessTests(host), IClassFixture<PostgresMediaHost>;
