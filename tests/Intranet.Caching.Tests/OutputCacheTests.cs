using System.Net;
using Intranet.Core.Models;
using Intranet.Testing;
using Xunit;

namespace Intranet.Caching.Tests;

/// <summary>
/// Reader pages are output-cached, and the cache never hands one reader's page to another: not a withdrawn
/// story, not a draft, not another user's name or antiforgery token, never a response that set a cookie.
/// </summary>
public sealed class OutputCacheTests : IDisposable
{
    private readonly IntranetFactory _factory = new();

    [Fact]
    public async Task Anonymous_cached_public_story_is_gone_immediately_after_it_is_withdrawn()
    {
        var story = await _factory.ArticleAsync(ArticleKinds.Story, "Offentlig og bufret", ArticleStatus.Published, Audience.Public);
        var anonymous = _factory.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(story.Url)).StatusCode);
        var cached = await anonymous.GetAsync(story.Url);
        Assert.True(cached.FromCache(), "the second anonymous request should come from the output cache");
        Assert.Contains("Offentlig og bufret", await cached.Content.ReadAsStringAsync());

        await _factory.SetStatusAsync(story.Id, ArticleStatus.Archived);

        var after = await anonymous.GetAsync(story.Url);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.DoesNotContain("Offentlig og bufret", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Edited_article_shows_the_new_text_at_once_to_a_reader_with_a_cached_copy()
    {
        var news = await _factory.ArticleAsync(ArticleKinds.Page, "Før endringen", ArticleStatus.Published);
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var r1 = await ansatt.GetAsync(news.Url);
        var r2 = await ansatt.GetAsync(news.Url);
        Assert.True(r2.FromCache(), r1.StatusCode + "\n" + r1.Headers + "\n" + r2.Headers);

        await _factory.SetStatusAsync(news.Id, ArticleStatus.Draft);

        Assert.Equal(HttpStatusCode.NotFound, (await ansatt.GetAsync(news.Url)).StatusCode);
    }

    [Fact]
    public async Task A_draft_cached_for_its_editor_never_reaches_another_reader()
    {
        var draft = await _factory.ArticleAsync(ArticleKinds.Page, "Hemmelig utkast", ArticleStatus.Draft);
        var admin = await _factory.SignedInClientAsync(DemoUsers.Admin);
        Assert.Contains("Hemmelig utkast", await admin.GetStringAsync(draft.Url));
        var cached = await admin.GetAsync(draft.Url);
        Assert.True(cached.FromCache(), "the editor's second view should come from the cache");

        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var other = await ansatt.GetAsync(draft.Url);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Hemmelig utkast", await other.Content.ReadAsStringAsync());
        var anonymous = await _factory.AnonymousClient().GetAsync(draft.Url);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.DoesNotContain("Hemmelig utkast", await anonymous.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_signed_in_readers_never_see_each_others_name_or_token()
    {
        var news = await _factory.ArticleAsync(ArticleKinds.Page, "Felles nyhet", ArticleStatus.Published);
        var kari = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var thomas = await _factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var karisFirst = await kari.GetStringAsync(news.Url);
        var karisCached = await kari.GetAsync(news.Url);
        Assert.True(karisCached.FromCache());
        var karisPage = await karisCached.Content.ReadAsStringAsync();
        var thomasPage = await thomas.GetStringAsync(news.Url);
        var thomasCached = await (await thomas.GetAsync(news.Url)).Content.ReadAsStringAsync();

        Assert.Contains("Kari Solberg", karisPage);
        Assert.DoesNotContain("Thomas Lie", karisPage);
        Assert.Contains("Thomas Lie", thomasPage);
        Assert.DoesNotContain("Kari Solberg", thomasPage);
        Assert.DoesNotContain("Kari Solberg", thomasCached);
        Assert.Equal(HttpClientExtensions.AntiforgeryToken(karisFirst), HttpClientExtensions.AntiforgeryToken(karisPage));
        Assert.NotEqual(HttpClientExtensions.AntiforgeryToken(karisPage), HttpClientExtensions.AntiforgeryToken(thomasPage));
    }

    [Fact]
    public async Task Two_sessions_of_the_same_user_get_their_own_antiforgery_token()
    {
        var news = await _factory.ArticleAsync(ArticleKinds.Page, "Samme bruker to steder", ArticleStatus.Published);
        var laptop = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var phone = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        await laptop.GetStringAsync(news.Url);
        var laptopCached = await laptop.GetAsync(news.Url);
        Assert.True(laptopCached.FromCache());
        var phonePage = await phone.GetAsync(news.Url);

        Assert.False(phonePage.FromCache(), "another session must not get the laptop's cached page");
        var laptopToken = HttpClientExtensions.AntiforgeryToken(await laptopCached.Content.ReadAsStringAsync());
        var phoneToken = HttpClientExtensions.AntiforgeryToken(await phonePage.Content.ReadAsStringAsync());
        Assert.NotNull(phoneToken);
        Assert.NotEqual(laptopToken, phoneToken);
        // The phone's own cached token still works for the phone's next form post (sign-out here).
        var signOut = await phone.PostAsync("/logg-ut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = phoneToken! }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
    }

    [Fact]
    public async Task A_response_that_sets_a_cookie_is_never_stored()
    {
        var story = await _factory.ArticleAsync(ArticleKinds.Story, "Historie på nynorsk", ArticleStatus.Published, Audience.Public);
        var url = story.Url + "?culture=nn";
        for (var i = 0; i < 3; i++)
        {
            var response = await _factory.AnonymousClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.Contains("Set-Cookie"), "every visitor gets their own culture cookie");
            Assert.False(response.FromCache());
        }

        // A signed-in browser that keeps only its session cookie gets a new antiforgery cookie on every page: never stored.
        var page = await _factory.ArticleAsync(ArticleKinds.Page, "Ny antiforgery-cookie", ArticleStatus.Published);
        var sessionOnly = _factory.AnonymousClient();
        sessionOnly.DefaultRequestHeaders.Add("Cookie", await _factory.SessionCookieAsync(DemoUsers.Ansatt));
        for (var i = 0; i < 3; i++)
        {
            var response = await sessionOnly.GetAsync(page.Url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("intranett.af=", StringComparison.Ordinal));
            Assert.False(response.FromCache());
        }
    }

    [Fact]
    public async Task Bearer_token_requests_are_never_cached()
    {
        var news = await _factory.ArticleAsync(ArticleKinds.Page, "Via token", ArticleStatus.Published);
        var token = await _factory.TokenClientAsync(DemoUsers.Ansatt);
        await token.GetAsync(news.Url);
        Assert.False((await token.GetAsync(news.Url)).FromCache());
    }

    public void Dispose() => _factory.Dispose();
}
