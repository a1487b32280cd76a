using Intranet.Testing;
using Xunit;

namespace Intranet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AccountsBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    [Fact]
    public async Task Login_profile_and_user_admin_are_accessible_in_bokmal_and_nynorsk()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        foreach (var culture in new[] { "nb", "nn" })
        {
            await page.GotoAsync($"/logg-inn?culture={culture}");
            Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
            await BrowserSession.AssertAccessibleAsync(page);
        }

        await BrowserSession.LoginAsync(page, DemoUsers.Admin);
        foreach (var culture in new[] { "nb", "nn" })
            foreach (var path in new[] { "/profil", "/admin/brukere", "/admin", "/admin/brukere/ny", "/admin/enheter", "/admin/roller" })
            {
                await page.GotoAsync($"{path}?culture={culture}");
                Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
                await BrowserSession.AssertAccessibleAsync(page);
            }
        await page.GotoAsync("/admin/brukere?culture=nn");
        Assert.Equal("Brukarar", await page.InnerTextAsync("main h1"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_delete_user_confirmation_is_accessible_in_bokmal_and_nynorsk()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Admin);
        await page.GotoAsync("/admin/brukere?q=nyansatt");
        var user = await page.GetAttributeAsync("main table a", "href");
        Assert.StartsWith("/admin/brukere/", user);
        foreach (var (culture, heading) in new[] { ("nb", "Slette Jonas Berg?"), ("nn", "Slette Jonas Berg?") })
        {
            await page.GotoAsync($"{user}?culture={culture}");
            await BrowserSession.AssertAccessibleAsync(page);
            await page.GotoAsync($"{user}/slett?culture={culture}");
            Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(heading, await page.InnerTextAsync("main h1"));
            await BrowserSession.AssertAccessibleAsync(page);
        }
        Assert.Equal("Slett brukaren", (await page.InnerTextAsync("main form button[type=submit]")).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_invalid_new_user_form_is_accessible_with_its_errors()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Admin);
        await page.GotoAsync("/admin/brukere/ny");
        await page.FillAsync("#UserName", "feil.eksempel");
        await page.UncheckAsync("#role-Ansatt");
        await page.ClickAsync("form.admin-form button[type=submit]");
        Assert.Contains("Velg minst én rolle.", await page.InnerTextAsync(".error-summary"));
        Assert.Equal("feil.eksempel", await page.InputValueAsync("#UserName"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
