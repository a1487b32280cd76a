using Intranet.Testing;
using Xunit;

namespace Intranet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    [Fact]
    public async Task Search_from_the_header_box_shows_accessible_results_in_bokmal_and_nynorsk()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Ansatt);
        await page.FillAsync("#header-search", "turnus");
        await page.PressAsync("#header-search", "Enter");
        await page.WaitForURLAsync("**/sok?q=turnus");
        // The demo article is indexed in the background at start; reload until it is there.
        for (var i = 0; i < 40 && await page.Locator(".search-hits li").CountAsync() == 0; i++)
        {
            await Task.Delay(250);
            await page.ReloadAsync();
        }
        Assert.True(await page.Locator(".search-hits mark").CountAsync() > 0);
        await BrowserSession.AssertAccessibleAsync(page);
        await page.GotoAsync("/sok?q=turnus&culture=nn");
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_admin_pages_are_accessible()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Admin);
        foreach (var url in new[] { "/admin/sok", "/admin/sok/synonymer", "/admin/sok/anbefalt", "/admin/sok/statistikk" })
        {
            await page.GotoAsync(url);
            await BrowserSession.AssertAccessibleAsync(page);
            await page.GotoAsync(url + "?culture=nn");
            await BrowserSession.AssertAccessibleAsync(page);
        }
        await page.Context.CloseAsync();
    }
}
