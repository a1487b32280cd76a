using Intranet.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Browser.Tests;

/// <summary>Each demo role signs in and sees the navigation its permissions give, and nothing more.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleNavigationBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    public static TheoryData<string, string[], string[]> Roles => new()
    {
        { DemoUsers.Ansatt, ["/", "/nyheter", "/historier", "/hjornet", "/verdier"], ["/admin", "/enhet/tilgangskoder", "/velkommen/enhet"] },
        { DemoUsers.Nyansatt, ["/velkommen", "/nyheter", "/historier"], ["/admin", "/enhet/tilgangskoder", "/velkommen/enhet"] },
        { DemoUsers.Enhetsleder, ["/nyheter", "/enhet/tilgangskoder", "/velkommen/enhet"], ["/admin"] },
        { DemoUsers.Kommunikasjon, ["/nyheter", "/historier", "/admin"], ["/enhet/tilgangskoder"] },
        { DemoUsers.Kommunedirektor, ["/hjornet", "/nyheter"], ["/admin", "/enhet/tilgangskoder"] },
        { DemoUsers.Admin, ["/nyheter", "/admin"], [] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_sees_its_navigation(string user, string[] visible, string[] hidden)
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, user);
        await page.GotoAsync("/nyheter");
        var links = await NavigationLinksAsync(page);
        foreach (var href in visible) Assert.Contains(href, links);
        foreach (var href in hidden) Assert.DoesNotContain(href, links);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Administration_lists_only_what_the_role_may_administer()
    {
        var comms = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(comms, DemoUsers.Kommunikasjon);
        await comms.GotoAsync("/admin");
        var commsText = await comms.InnerTextAsync("main");
        Assert.Contains("Innhold", commsText);
        Assert.Contains("Historier til vurdering", commsText);
        Assert.Contains("Spørsmål til kommunedirektøren", commsText);
        Assert.DoesNotContain("Brukere", commsText);
        await comms.ClickAsync("main a[href='/historier/innboks']");
        Assert.Equal("Historier til vurdering", (await comms.InnerTextAsync("h1")).Trim());
        await comms.Context.CloseAsync();

        var admin = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(admin, DemoUsers.Admin);
        await admin.GotoAsync("/admin");
        Assert.Contains("Brukere", await admin.InnerTextAsync("main"));
        await admin.Context.CloseAsync();
    }

    private static async Task<IReadOnlyList<string>> NavigationLinksAsync(IPage page) =>
        await page.Locator("nav.main-nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
}
