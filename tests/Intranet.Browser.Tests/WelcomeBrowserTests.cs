using Intranet.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Browser.Tests;

/// <summary>The welcome journey of a new hire, what their leader sees, and axe on the welcome and values pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WelcomeBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    [Fact]
    public async Task New_hire_ticks_the_checklist_and_the_leader_sees_it_but_an_employee_cannot()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Nyansatt);
        await page.WaitForURLAsync("**/velkommen");
        Assert.Equal("Velkommen, Jonas Berg!", (await page.InnerTextAsync("h1")).Trim());
        var main = await page.InnerTextAsync("main");
        Assert.Contains("Om Ringvik kommune", main);
        Assert.Contains("Velkommen til hjemmetjenesten", main);
        Assert.Contains("Kari Solberg", main);
        await BrowserSession.AssertAccessibleAsync(page);

        await page.GetByLabel("Fått nøkler og adgangskort").CheckAsync();
        await page.GetByLabel("Møt verneombudet").CheckAsync();
        await Task.WhenAll(page.WaitForURLAsync("**/velkommen#sjekkliste"), page.ClickAsync("text=Lagre sjekklisten"));
        Assert.Contains("2 av 6 gjort", await page.InnerTextAsync("#checklist-progress"));

        await Task.WhenAll(page.WaitForURLAsync(u => !u.Contains("/velkommen")), page.ClickAsync("form[action='/logg-ut'] button"));
        await BrowserSession.LoginAsync(page, DemoUsers.Nyansatt);
        await page.WaitForURLAsync("**/velkommen");
        Assert.True(await page.GetByLabel("Fått nøkler og adgangskort").IsCheckedAsync());
        Assert.True(await page.GetByLabel("Møt verneombudet").IsCheckedAsync());
        Assert.False(await page.GetByLabel("Møt lederen og fadderen din").IsCheckedAsync());
        await page.Context.CloseAsync();

        var leader = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(leader, DemoUsers.Enhetsleder);
        await leader.GotoAsync("/velkommen/enhet");
        var jonas = leader.Locator("article.new-hire[data-user='nyansatt']");
        Assert.Contains("2 av 6 gjort", await jonas.InnerTextAsync());
        await BrowserSession.AssertAccessibleAsync(leader);
        await leader.GotoAsync("/velkommen/enhet?culture=nn");
        Assert.Contains("2 av 6 gjort", await jonas.InnerTextAsync());
        await BrowserSession.AssertAccessibleAsync(leader);
        await leader.Context.CloseAsync();

        var employee = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(employee, DemoUsers.Ansatt);
        // Through the context's request API (same cookies): an error without a body makes Chromium's navigation throw.
        var refused = await employee.Context.APIRequest.GetAsync("/velkommen/enhet", new() { MaxRedirects = 0 });
        Assert.Contains(refused.Status, new[] { 403, 404 });
        Assert.DoesNotContain("Jonas Berg", await refused.TextAsync());
        await employee.Context.CloseAsync();
    }

    [Fact]
    public async Task Welcome_pages_are_accessible_in_bokmal_and_nynorsk()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Nyansatt);
        foreach (var url in new[] { "/velkommen", "/" })
            await CheckBothLanguagesAsync(page, url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Values_pages_are_accessible_and_losningsvillig_lists_its_stories()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Kommunikasjon);
        await page.GotoAsync("/verdier/losningsvillig");
        var main = await page.InnerTextAsync("main");
        Assert.Contains("Middag sammen på omsorgssenteret", main);
        Assert.Contains("Leseløftet på mellomtrinnet", main);
        foreach (var url in new[] { "/verdier", "/verdier/losningsvillig", "/admin/verdier", "/admin/velkommen", "/admin/velkomstmoter" })
            await CheckBothLanguagesAsync(page, url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_employee_gives_a_verdirose_and_the_praise_pages_are_accessible()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Ansatt);
        await page.GotoAsync("/verdier/roser/ny?verdi=tydelig");
        await CheckBothLanguagesAsync(page, "/verdier/roser/ny");
        await page.GotoAsync("/verdier/roser/ny?culture=nb");
        await Task.WhenAll(page.WaitForURLAsync("**/verdier/roser/ny**"), page.ClickAsync("text=Send verdirosen"));
        Assert.Contains("Skriv en kort hilsen.", await page.InnerTextAsync(".error-summary"));
        await BrowserSession.AssertAccessibleAsync(page);

        var message = "Takk for at du forklarte vaktplanen så tydelig " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("En kollega").CheckAsync();
        await page.SelectOptionAsync("#UserId", new SelectOptionValue { Label = "Jonas Berg (Hjemmetjenesten)" });
        await page.GetByLabel("Tydelig").CheckAsync();
        await page.FillAsync("#Message", message);
        await Task.WhenAll(page.WaitForURLAsync("**/verdier/roser/mine**"), page.ClickAsync("text=Send verdirosen"));
        Assert.Contains(message, await page.InnerTextAsync("main"));
        await page.GotoAsync("/verdier/tydelig");
        Assert.Contains(message, await page.InnerTextAsync("main"));
        foreach (var url in new[] { "/verdier/tydelig?sortering=applaus", "/enheter/hjemmetjenesten", "/verdier/roser/mine" })
            await CheckBothLanguagesAsync(page, url);
        await page.Context.CloseAsync();
    }

    private static async Task CheckBothLanguagesAsync(IPage page, string url)
    {
        var separator = url.Contains('?') ? '&' : '?';
        var nb = await page.GotoAsync($"{url}{separator}culture=nb");
        Assert.Equal(200, nb!.Status);
        await BrowserSession.AssertAccessibleAsync(page);
        await page.GotoAsync($"{url}{separator}culture=nn");
        Assert.Equal("nn", await page.GetAttributeAsync("html", "lang"));
        await BrowserSession.AssertAccessibleAsync(page);
    }
}
