using System.Net;
using Intranet.Core.Cli;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Intranet.Search.Tests.SearchTestKit;

namespace Intranet.Search.Tests;

/// <summary>The search page, the admin pages (synonyms, best bets, statistics) and the CLI verb.</summary>
public abstract class SearchPageTests<THost>(THost host) : IClassFixture<THost> where THost : SearchHost
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Search_page_shows_marked_hits_facets_and_nynorsk()
    {
        var article = await CreateAsync(Factory, "Sommerfest for alle", "Sommerfesten holdes i parken.", values: ["tydelig"]);
        await WaitForAsync(host.Admin, "sommerfesten", article.Id);
        var reader = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var html = await reader.GetStringAsync("/sok?q=sommerfesten");
        Assert.Contains("<mark>Sommerfesten</mark>", html);
        Assert.Contains("Filtrer treff", html);
        Assert.Contains("/sok?q=sommerfesten&amp;kind=news", html);
        var nn = WebUtility.HtmlDecode(await reader.GetStringAsync("/sok?q=sommerfesten&culture=nn"));
        Assert.Contains("Kva leitar du etter?", nn);
        var filtered = await reader.GetStringAsync("/sok?q=sommerfesten&kind=story");
        Assert.Contains("0 treff", filtered);
    }

    [Theory]
    [InlineData("\"((")]
    [InlineData("/[ab]*a[ab]{18}/")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Search_page_survives_hostile_input(string query)
    {
        var response = await host.Admin.GetAsync("/sok?q=" + Uri.EscapeDataString(query) + "&side=abc&year=x");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Edited_synonym_works_at_once_without_reindexing()
    {
        var article = await CreateAsync(Factory, "Ny vaktmesterordning", "Driftsoperatøren kommer når du melder feil.");
        await WaitForAsync(host.Admin, "driftsoperatøren", article.Id);
        Assert.DoesNotContain(article.Id, HitIds(await SearchAsync(host.Admin, "vaktmester")));
        var page = WebUtility.HtmlDecode(await host.Admin.GetStringAsync("/admin/sok/synonymer"));
        Assert.Contains("rådmann, kommunedirektør", page);
        var text = page.Split("<textarea")[1].Split('>', 2)[1].Split("</textarea>")[0];
        var saved = await host.Admin.PostFormAsync("/admin/sok/synonymer", new() { ["Text"] = text + "\nvaktmester, driftsoperatør" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await WaitForAsync(host.Admin, "vaktmester", article.Id, TimeSpan.FromSeconds(2));
        var invalid = await host.Admin.PostFormAsync("/admin/sok/synonymer", new() { ["Text"] = "bare-ett-ord" });
        Assert.Contains("minst to ord", await invalid.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Best_bet_is_pinned_first_for_its_query()
    {
        var pinned = await CreateAsync(Factory, "Slik søker du permisjon", "Skjema og regler for permisjon.");
        for (var i = 0; i < 3; i++) await CreateAsync(Factory, $"Permisjon og ferie {i}", "Permisjon permisjon permisjon ferie.");
        await WaitForAsync(host.Admin, "permisjon", pinned.Id);
        var added = await host.Admin.PostFormAsync("/admin/sok/anbefalt?handler=Add", new() { ["Query"] = "Permisjon", ["Article"] = pinned.Url },
            formPageUrl: "/admin/sok/anbefalt");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var result = await WaitUntilAsync(host.Admin, "permisjon", r => HitIds(r).First() == pinned.Id, TimeSpan.FromSeconds(8));
        var bad = await host.Admin.PostFormAsync("/admin/sok/anbefalt?handler=Add", new() { ["Query"] = "", ["Article"] = "finnes-ikke" },
            formPageUrl: "/admin/sok/anbefalt");
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("error-summary", html);
        Assert.Contains("finnes-ikke", html);
    }

    [Fact]
    public async Task Statistics_count_queries_per_week_without_users()
    {
        await SearchAsync(host.Admin, "Kantine Åpningstider");
        await SearchAsync(host.Admin, "kantine  åpningstider");
        await SearchAsync(host.Admin, "xyzzyfnord");
        var html = WebUtility.HtmlDecode(await host.Admin.GetStringAsync("/admin/sok/statistikk"));
        Assert.Contains("kantine åpningstider", html);
        Assert.Contains("xyzzyfnord", html);
        Assert.DoesNotContain("Ada Admin", html.Split("<main")[^1]);
    }

    [Fact]
    public async Task Admin_pages_need_content_manage()
    {
        var employee = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        foreach (var url in new[] { "/admin/sok", "/admin/sok/synonymer", "/admin/sok/anbefalt", "/admin/sok/statistikk", "/api/admin/search/status" })
        {
            var denied = await employee.GetAsync(url);
            Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await host.Admin.GetAsync(url)).StatusCode);
        }
        Assert.Contains("rebuild-progress", await host.Admin.GetStringAsync("/admin/sok"));
    }

    [Fact]
    public async Task Cli_rebuild_builds_the_index_from_the_database()
    {
        using var scope = Factory.Services.CreateScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().Single(c => c.Verb == "search rebuild");
        var output = new StringWriter();
        Assert.Equal(0, await command.RunAsync([], output, CancellationToken.None));
        Assert.Contains("bygd på nytt", output.ToString());
        await WaitUntilAsync(host.Admin, "turnusordning", r => r.GetProperty("total").GetInt32() > 0, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Health_includes_the_search_index()
    {
        var body = await Factory.CreateClient().GetStringAsync("/health");
        Assert.Contains("search-index", body);
    }
}

public sealed class SearchPageTestsSqlite(SqliteSearchHost host) : SearchPageTests<SqliteSearchHost>(host);

public sealed class SearchPageTestsPostgres(PostgresSearchHost host) : SearchPageTests<PostgresSearchHost>(host);
