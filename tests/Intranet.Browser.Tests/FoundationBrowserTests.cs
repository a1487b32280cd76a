using Intranet.Testing;
using Xunit;

namespace Intranet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FoundationBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    [Fact]
    public async Task Login_page_is_accessible_in_bokmal_and_nynorsk()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await page.GotoAsync("/logg-inn");
        Assert.Equal("nb", await page.GetAttributeAsync("html", "lang"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.GotoAsync("/logg-inn?culture=nn");
        Assert.Equal("nn", await page.GetAttributeAsync("html", "lang"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Employee_logs_in_and_sees_a_home_page_in_norwegian()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Ansatt);
        Assert.Contains("Logg ut", await page.InnerTextAsync("header"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
