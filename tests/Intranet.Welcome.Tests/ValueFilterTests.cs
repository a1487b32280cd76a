using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;
using Xunit;

namespace Intranet.Welcome.Tests;

/// <summary>Filtering by value in the story and news lists and in search, and the value badge on each tagged article.</summary>
public abstract class ValueFilterTests(HostFixture host)
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task The_story_list_filtered_by_a_value_shows_only_stories_tagged_with_it()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var all = TestData.Text(await client.GetStringAsync("/historier"));
        Assert.Contains("Middag sammen på omsorgssenteret", all);

        var honest = TestData.Text(await client.GetStringAsync("/historier?value=aerlig"));
        Assert.Contains("Lekkasjen som ble funnet på tre timer", honest);
        Assert.Contains("Sykefraværet ned i hjemmetjenesten", honest);
        Assert.DoesNotContain("Middag sammen på omsorgssenteret", honest); // løsningsvillig only
        Assert.Contains("<option value=\"aerlig\" selected=\"selected\">", honest);
    }

    [Fact]
    public async Task The_news_list_filtered_by_a_value_leaves_out_untagged_and_otherwise_tagged_news()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var all = TestData.Text(await client.GetStringAsync("/nyheter"));
        Assert.Contains("Lønnsoppgjøret 2026", all);
        Assert.Contains("Sykefraværet går ned", all);

        var solutions = TestData.Text(await client.GetStringAsync("/nyheter?value=losningsvillig"));
        Assert.Contains("Nye kjøreruter i hjemmetjenesten", solutions);
        Assert.Contains("1 nyheter", solutions);
        Assert.Contains("<option value=\"losningsvillig\" selected=\"selected\">", solutions);

        var clear = TestData.Text(await client.GetStringAsync("/nyheter?value=tydelig"));
        Assert.Contains("Ny personalhandbok er klar", clear);
        Assert.DoesNotContain("Lønnsoppgjøret 2026", clear); // no value
        Assert.DoesNotContain("Parkeringsplassen ved rådhuset", clear); // no value
        Assert.DoesNotContain("Sykefraværet går ned", clear); // ærlig only
        Assert.DoesNotContain("Nye kjøreruter i hjemmetjenesten", clear); // løsningsvillig only

        var nn = TestData.Text(await client.GetStringAsync("/nyheter?value=tydelig&culture=nn"));
        Assert.Contains("Alle verdiar", nn);
    }

    [Fact]
    public async Task Search_narrowed_to_a_value_returns_only_articles_tagged_with_it()
    {
        const string Both = "/historier/sykefravaeret-ned-i-hjemmetjenesten"; // ærlig and løsningsvillig
        const string ClearStory = "/historier/mine-forste-uker-i-hjemmetjenesten", ClearNews = "/nyheter/ny-turnusordning-i-hjemmetjenesten";
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        // The index is built in the background at start-up: wait until the demo articles are found.
        var all = await WaitForHitsAsync(client, "/api/search?q=hjemmetjenesten&pageSize=50", Both, ClearStory, ClearNews);
        Assert.Contains(ClearStory, all);

        var honest = await HitUrlsAsync(client, "/api/search?q=hjemmetjenesten&value=aerlig&pageSize=50");
        Assert.Contains(Both, honest);
        Assert.DoesNotContain(ClearStory, honest);
        Assert.DoesNotContain(ClearNews, honest);
        Assert.True(honest.Count < all.Count);

        var page = TestData.Text(await client.GetStringAsync("/sok?q=hjemmetjenesten&value=aerlig"));
        Assert.Contains("Sykefraværet ned i hjemmetjenesten", page);
        Assert.DoesNotContain("Mine første uker i hjemmetjenesten", page);
    }

    [Fact]
    public async Task A_story_and_a_news_item_show_their_value_badges_linking_to_the_value_page()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var story = TestData.Text(await client.GetStringAsync("/historier/sykefravaeret-ned-i-hjemmetjenesten"));
        Assert.Contains("value-badge--aerlig", story);
        Assert.Contains("href=\"/verdier/aerlig\"", story);
        Assert.Contains("href=\"/verdier/losningsvillig\"", story);
        Assert.DoesNotContain("href=\"/verdier/tydelig\"", story);

        var news = TestData.Text(await client.GetStringAsync("/nyheter/nye-kjoreruter-i-hjemmetjenesten"));
        Assert.Contains("href=\"/verdier/losningsvillig\">Løsningsvillig</a>", news);
        Assert.DoesNotContain("/verdier?value=", news);

        var nn = TestData.Text(await client.GetStringAsync("/historier/sykefravaeret-ned-i-hjemmetjenesten?culture=nn"));
        Assert.Contains("Løysingsvillig", nn);

        var home = TestData.Text(await client.GetStringAsync("/"));
        Assert.Contains("href=\"/verdier/tydelig\"", home);
        Assert.DoesNotContain("/verdier?value=", home);
    }

    private static async Task<List<string>> HitUrlsAsync(HttpClient client, string url)
    {
        var body = await client.GetFromJsonAsync<JsonElement>(url);
        return body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!).ToList();
    }

    private static async Task<List<string>> WaitForHitsAsync(HttpClient client, string url, params string[] expected)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var hits = await HitUrlsAsync(client, url);
            if (expected.All(hits.Contains) || watch.Elapsed > TimeSpan.FromSeconds(30)) return hits;
            await Task.Delay(100);
        }
    }
}

public sealed class ValueFilterTestsSqlite(SqliteHost host) : ValueFilterTests(host), IClassFixture<SqliteHost>;

public sealed class ValueFilterTestsPostgres(PostgresHost host) : ValueFilterTests(host), IClassFixture<PostgresHost>;
