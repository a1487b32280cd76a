using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ContentBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    private const string XssMarkdown =
        "Trygg tekst.\n\n<script>window.__xss = 1; alert(1)</script>\n\n[klikk](javascript:window.__xss=2)\n\n" +
        "<img src=x onerror=\"window.__xss=3\">\n\n![a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n" +
        "## Overskrift {onclick=window.__xss=4}\n\n<javascript:window.__xss=5>\n";

    [Fact]
    public async Task Hostile_markdown_executes_nothing_in_chromium()
    {
        var article = await CreatePublishedAsync("Skadelig innhold i nettleseren", XssMarkdown);
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        await BrowserSession.LoginAsync(page, DemoUsers.Ansatt);
        await page.GotoAsync(article.Url);
        Assert.Contains("Trygg tekst.", await page.InnerTextAsync("main"));

        foreach (var link in await page.QuerySelectorAllAsync(".article-body a"))
            await link.ClickAsync(new ElementHandleClickOptions { Timeout = 2000 }).ContinueWith(_ => { });
        foreach (var heading in await page.QuerySelectorAllAsync(".article-body h2"))
            await heading.ClickAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.Equal(0, dialogs);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"));
        Assert.Equal(0, await page.Locator(".article-body script, .article-body [onerror], .article-body [onclick]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    public async Task Reading_pages_pass_axe(string culture)
    {
        var article = await CreatePublishedAsync($"Tilgjengelig artikkel {culture}", "## Mellomtittel\n\nEn **vanlig** tekst med [lenke](https://www.uutilsynet.no/).\n\n- punkt en\n- punkt to");
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Ansatt);
        foreach (var url in new[] { "/", article.Url, "/nyheter", "/historier", "/feil/404", "/tilgjengelighet" })
        {
            await page.GotoAsync($"{url}?culture={culture}");
            Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            await BrowserSession.AssertAccessibleAsync(page);
        }
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    public async Task Admin_content_pages_pass_axe(string culture)
    {
        var article = await CreatePublishedAsync($"Admin-artikkel {culture}", "Tekst.");
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Admin);
        foreach (var url in new[] { "/admin", "/admin/innhold", "/admin/innhold/ny", $"/admin/innhold/{article.Id}", $"/admin/innhold/{article.Id}/historikk", $"/admin/innhold/{article.Id}/slett" })
        {
            await page.GotoAsync($"{url}?culture={culture}");
            Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
            await BrowserSession.AssertAccessibleAsync(page);
        }
        await page.GotoAsync("/admin/innhold/ny");
        await page.FillAsync("#Form_Body", new string('>', 500));
        await page.ClickAsync("form.editor button[type=submit]");
        Assert.Contains("for mange niv", await page.InnerTextAsync(".error-summary"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Phone_menu_is_a_disclosure_button()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl, width: 360);
        await BrowserSession.LoginAsync(page, DemoUsers.Ansatt);
        var toggle = page.Locator(".menu-toggle");
        Assert.True(await toggle.IsVisibleAsync());
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator("#site-menu .main-nav").IsVisibleAsync());
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#site-menu .main-nav").IsVisibleAsync());
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways at 360px");
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    private async Task<Article> CreatePublishedAsync(string title, string markdown)
    {
        using var scope = fixture.Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var admin = await db.Set<IntranetUser>().AsNoTracking().FirstAsync(u => u.UserName == DemoUsers.Admin);
        var input = new ArticleInput { Kind = ArticleKinds.News, Title = title, BodyMarkdown = markdown, Values = ["tydelig"], Tags = ["test"] };
        return await scope.ServiceProvider.GetRequiredService<IArticleService>()
            .CreateAsync(input, new Actor(admin.Id, admin.UserName!), ArticleStatus.Published);
    }
}
