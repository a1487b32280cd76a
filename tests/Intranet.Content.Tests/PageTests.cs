using System.Net;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Content.Tests;

public abstract class PageTests(SharedIntranet host) : ContentTestBase(host)
{
    [Fact]
    public async Task Employee_sees_a_populated_home_page()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains("De gode historiene", home);
        Assert.Contains("Våre verdier", home);
        Assert.Contains("/nyheter/", home);
        Assert.Contains("/historier/", home);
        Assert.Contains("Nynorsk", home);
        // Each module's block once, in order: news (must-read and pinned first), the corner, stories, values.
        string[] blocks = ["id=\"home-news-heading\"", "id=\"home-corner-heading\"", "id=\"home-stories-heading\"", "id=\"home-values\""];
        Assert.All(blocks, b => Assert.Single(System.Text.RegularExpressions.Regex.Matches(home, System.Text.RegularExpressions.Regex.Escape(b))));
        Assert.Equal(blocks, blocks.OrderBy(b => home.IndexOf(b, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Anonymous_visitor_sees_public_stories_on_the_home_page_and_nothing_internal()
    {
        var newestPublic = await WithDbAsync(db => db.Articles.Where(a => a.Kind == ArticleKinds.Story && a.Audience == Audience.Public)
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Title).FirstAsync());
        var internalTitles = await WithDbAsync(db => db.Articles
            .Where(a => a.Audience == Audience.Internal && (a.Kind == ArticleKinds.News || a.Kind == ArticleKinds.Story || a.Kind == ArticleKinds.Corner))
            .Select(a => a.Title).ToListAsync());

        var home = WebUtility.HtmlDecode(await Factory.CreateClient().GetStringAsync("/"));
        Assert.Contains(newestPublic, home);
        Assert.Contains("/logg-inn", home);
        Assert.DoesNotContain("home-news-heading", home);
        Assert.DoesNotContain("home-corner-heading", home);
        Assert.DoesNotContain("/historier/ny", home);
        Assert.All(internalTitles, t => Assert.DoesNotContain(t, home));
    }

    [Fact]
    public async Task Article_page_shows_title_author_unit_date_values_tags_and_body()
    {
        var unitId = await WithDbAsync(db => db.Units.Where(u => u.Slug == "hjemmetjenesten").Select(u => u.Id).SingleAsync());
        var input = News("Vaktbytte før jul", "Husk å **melde** bytte.") with
        {
            UnitId = unitId, Values = ["tydelig"], Tags = ["turnus"], Summary = "Slik bytter du vakt.", AuthorName = "Ada Admin",
            PublishAt = new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero),
        };
        var article = await CreateAsync(input, await ActorAsync("admin"), ArticleStatus.Published);
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);

        var html = await client.GetStringAsync(article.Url);
        Assert.Contains("<h1>Vaktbytte før jul</h1>", WebUtility.HtmlDecode(html));
        Assert.Contains("Slik bytter du vakt.", html);
        Assert.Contains("Ada Admin", html);
        Assert.Contains("Hjemmetjenesten", html);
        Assert.Contains("3. november 2026", html);
        Assert.Contains("Tydelig", html);
        Assert.Contains("turnus", html);
        Assert.Contains("<strong>melde</strong>", html);

        var nn = await client.GetStringAsync(article.Url + "?culture=nn");
        Assert.Contains("Tydeleg", nn);
        Assert.Contains("lang=\"nn\"", nn);
    }

    [Fact]
    public async Task List_page_filters_and_pages_without_errors()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        foreach (var url in new[] { "/nyheter", "/nyheter?unit=hjemmetjenesten&value=tydelig", "/nyheter?sector=helse-og-omsorg",
                     "/nyheter?side=-3", "/nyheter?side=999999999", "/nyheter?unit=%3Cscript%3E", "/verdier", "/arrangementer", "/sider" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
        }
        var filtered = await client.GetStringAsync("/nyheter?unit=hjemmetjenesten");
        Assert.Contains("Ny turnusordning i hjemmetjenesten", filtered);
        Assert.DoesNotContain("Nytt telefonnummer til IT-brukerstøtte", filtered);
    }

    [Fact]
    public async Task Error_pages_are_norwegian_and_never_show_a_stack_trace()
    {
        var client = Factory.CreateClient();
        var missing = await client.GetAsync("/dette-finnes-ikke");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Siden finnes ikke", html);
        foreach (var code in new[] { 403, 500, 418 })
        {
            var page = await client.GetAsync($"/feil/{code}");
            Assert.Equal(code, (int)page.StatusCode);
            var text = await page.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Exception", text);
            Assert.DoesNotContain("   at ", text);
        }
        foreach (var madeUp in new[] { "/feil", "/feil/1", "/feil/200" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(madeUp)).StatusCode);
        var nn = await client.GetAsync("/feil/404?culture=nn");
        Assert.Contains("Sida finst ikkje", await nn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Accessibility_statement_is_open_in_bokmal_and_nynorsk()
    {
        var client = Factory.CreateClient();
        Assert.Contains("Tilgjengelighetserklæring for intranettet", await client.GetStringAsync("/tilgjengelighet"));
        Assert.Contains("Tilgjengeerklæring for intranettet", await client.GetStringAsync("/tilgjengelighet?culture=nn"));
    }
}

public sealed class PageTestsSqlite(SqliteIntranet host) : PageTests(host), IClassFixture<SqliteIntranet>;

public sealed class PageTestsPostgres(PostgresIntranet host) : PageTests(host), IClassFixture<PostgresIntranet>;
