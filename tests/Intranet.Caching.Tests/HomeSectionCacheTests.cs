using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.News.Services;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Caching.Tests;

/// <summary>
/// The home page's sections are cached per reader context (ReaderContextCache): readers with other units or rights
/// get their own entries, a publish or unpublish shows at once, and what belongs to one user (must-read
/// confirmations, drafts) never reaches another, even one with the same context.
/// </summary>
public sealed class HomeSectionCacheTests : IDisposable
{
    private readonly IntranetFactory _factory = new();

    [Fact]
    public async Task Restricted_news_reaches_only_the_readers_of_its_unit_with_warm_caches()
    {
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var direktor = await _factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var kommunikasjon = await _factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        foreach (var client in new[] { ansatt, direktor, kommunikasjon }) await client.HomeAsync();

        await _factory.NewsAsync("Bare for hjemmetjenesten i dag", ["hjemmetjenesten"], restricted: true);
        await _factory.NewsAsync("Bare for staben i dag", ["kommunedirektorens-stab"], restricted: true);

        for (var round = 0; round < 2; round++)
        {
            var ansattHome = await ansatt.HomeAsync();
            Assert.Contains("Bare for hjemmetjenesten i dag", ansattHome);
            Assert.DoesNotContain("Bare for staben i dag", ansattHome);
            var direktorHome = await direktor.HomeAsync();
            Assert.Contains("Bare for staben i dag", direktorHome);
            Assert.DoesNotContain("Bare for hjemmetjenesten i dag", direktorHome);
            // Communications may manage content, so they see both (another context than either reader's).
            var kommunikasjonHome = await kommunikasjon.HomeAsync();
            Assert.Contains("Bare for staben i dag", kommunikasjonHome);
            Assert.Contains("Bare for hjemmetjenesten i dag", kommunikasjonHome);
        }
    }

    [Fact]
    public async Task Publish_and_unpublish_show_on_the_home_page_at_once()
    {
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var draft = await _factory.NewsAsync("Nyhet som snart kommer", [], restricted: false, publish: false);
        Assert.DoesNotContain("Nyhet som snart kommer", await ansatt.HomeAsync());
        Assert.DoesNotContain("Nyhet som snart kommer", await ansatt.HomeAsync());

        await _factory.SetStatusAsync(draft.Id, ArticleStatus.Published);
        Assert.Contains("Nyhet som snart kommer", await ansatt.HomeAsync());
        Assert.Contains("Nyhet som snart kommer", await ansatt.HomeAsync());

        await _factory.SetStatusAsync(draft.Id, ArticleStatus.Archived);
        Assert.DoesNotContain("Nyhet som snart kommer", await ansatt.HomeAsync());

        var story = await _factory.ArticleAsync(ArticleKinds.Story, "Fersk historie paa forsiden", ArticleStatus.Published, Audience.Public);
        Assert.Contains("Fersk historie paa forsiden", await ansatt.HomeAsync());
        await _factory.SetStatusAsync(story.Id, ArticleStatus.Draft);
        Assert.DoesNotContain("Fersk historie paa forsiden", await ansatt.HomeAsync());
    }

    [Fact]
    public async Task Featuring_an_older_story_shows_it_on_the_home_page_at_once()
    {
        var older = await _factory.ArticleAsync(ArticleKinds.Story, "Eldre historie som fremheves", ArticleStatus.Published, Audience.Public);
        for (var i = 0; i < 3; i++) await _factory.ArticleAsync(ArticleKinds.Story, $"Nyere historie {i}", ArticleStatus.Published, Audience.Public);
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.DoesNotContain("Eldre historie som fremheves", await ansatt.HomeAsync());

        using (var scope = _factory.Services.CreateScope())
        {
            var curator = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity("test"));
            await scope.ServiceProvider.GetRequiredService<Intranet.Stories.Services.StoryCuration>().SetFeaturedAsync(older.Id, true, curator);
        }

        Assert.Contains("Eldre historie som fremheves", await ansatt.HomeAsync());
    }

    [Fact]
    public async Task A_must_read_confirmation_is_the_readers_own_even_within_one_context()
    {
        // ansatt and nyansatt work in the same unit with the same rights: one cached context, two people.
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var nyansatt = await _factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var item = await _factory.NewsAsync("Viktig rutine maa leses", [], restricted: false, mustRead: true);
        Assert.Contains("Viktig rutine maa leses", HomePage.MustReadBlock(await ansatt.HomeAsync()));
        Assert.Contains("Viktig rutine maa leses", HomePage.MustReadBlock(await nyansatt.HomeAsync()));

        // Through the browser, as the reader does it: the page-version cookie makes the cached home page a miss.
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await ansatt.ConfirmAsync(item)).StatusCode);

        Assert.DoesNotContain("Viktig rutine maa leses", HomePage.MustReadBlock(await ansatt.HomeAsync()));
        Assert.Contains("Viktig rutine maa leses", HomePage.MustReadBlock(await nyansatt.HomeAsync()));
    }

    [Fact]
    public async Task A_users_own_draft_never_reaches_another_readers_home_page()
    {
        var nyansatt = await _factory.SignedInClientAsync(DemoUsers.Nyansatt);
        await nyansatt.HomeAsync();
        var kari = await ActorAsync(DemoUsers.Ansatt);
        using (var scope = _factory.Services.CreateScope())
        {
            var articles = scope.ServiceProvider.GetRequiredService<IArticleService>();
            await articles.CreateAsync(new ArticleInput { Kind = ArticleKinds.Story, Title = "Karis hemmelige utkast", BodyMarkdown = "Tekst.", Values = ["tydelig"] },
                kari, ArticleStatus.Draft);
            await articles.CreateAsync(new ArticleInput { Kind = ArticleKinds.Story, Title = "Karis innsendte historie", BodyMarkdown = "Tekst.", Values = ["tydelig"] },
                kari, ArticleStatus.Submitted);
        }
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.HomeAsync();
        foreach (var client in new[] { nyansatt, await _factory.SignedInClientAsync(DemoUsers.Kommunedirektor) })
        {
            var home = await client.HomeAsync();
            Assert.DoesNotContain("Karis hemmelige utkast", home);
            Assert.DoesNotContain("Karis innsendte historie", home);
        }
    }

    private async Task<Actor> ActorAsync(string userName)
    {
        using var scope = _factory.Services.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return new Actor(id, userName);
    }

    public void Dispose() => _factory.Dispose();
}

/// <summary>Titles above are ASCII on purpose: Razor encodes æøå as character references.</summary>
internal static class HomePage
{
    /// <summary>The must-read list of the news section: the items the reader has not confirmed yet.</summary>
    public static string MustReadBlock(string html)
    {
        var start = html.IndexOf("must-read-list", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    /// <summary>"Jeg har lest og forstått" on the item's page (form post with antiforgery).</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, Article item) =>
        client.PostFormAsync(item.Url + "?handler=Confirm", new(), item.Url);

    public static async Task<string> HomeAsync(this HttpClient client)
    {
        var response = await client.GetAsync("/");
        // A new hire (nyansatt) lands on the welcome page once per sign-in; the home page comes next.
        if (response.Headers.Location?.OriginalString == "/velkommen") response = await client.GetAsync("/");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }
}
