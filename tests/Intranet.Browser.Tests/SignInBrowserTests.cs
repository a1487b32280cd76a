using Intranet.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(BrowserSession browser, SignInLiveFixture fixture) : IClassFixture<SignInLiveFixture>
{
    private const string ChosenPassword = "Nattevakt-2026-ok";

    [Fact]
    public async Task A_leader_issues_a_code_the_person_signs_in_sets_a_password_and_a_revoked_code_fails()
    {
        var leader = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(leader, DemoUsers.Enhetsleder);
        await leader.GotoAsync("/enhet/tilgangskoder");
        await BrowserSession.AssertAccessibleAsync(leader);
        await leader.FillAsync("#NewDisplayName", "Nora Nattevakt");
        await leader.FillAsync("#NewUserName", "nora.nattevakt");
        await leader.ClickAsync("text=Legg til og lag tilgangskode");
        var code = (await leader.InnerTextAsync(".access-card__code")).Trim();
        Assert.StartsWith("data:image/png;base64,", await leader.GetAttributeAsync(".access-card__qr", "src"));
        await BrowserSession.AssertAccessibleAsync(leader);

        var person = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await person.GotoAsync("/logg-inn/kode?brukernavn=nora.nattevakt");
        Assert.Equal("nora.nattevakt", await person.InputValueAsync("#UserName"));
        await BrowserSession.AssertAccessibleAsync(person);
        await person.FillAsync("#Code", code);
        await person.ClickAsync("form.code-login-form button[type=submit]");
        await person.FillAsync("#NewPassword", ChosenPassword);
        await person.FillAsync("#ConfirmPassword", ChosenPassword);
        await BrowserSession.AssertAccessibleAsync(person);
        await Task.WhenAll(person.WaitForURLAsync(u => !u.Contains("/logg-inn")), person.ClickAsync("form.password-form button[type=submit]"));
        await person.GotoAsync("/profil");
        Assert.Contains("Nora Nattevakt", await person.InnerTextAsync("main"));
        await person.Context.CloseAsync();

        // The leader gives Nora a second code, then revokes it: signing in with it fails with a clear message.
        await leader.GotoAsync("/enhet/tilgangskoder");
        var row = leader.Locator("tr", new() { HasText = "nora.nattevakt" });
        await row.Locator("button", new() { HasText = "Lag ny kode" }).ClickAsync();
        var second = (await leader.InnerTextAsync(".access-card__code")).Trim();
        await leader.Locator("tr", new() { HasText = "nora.nattevakt" }).Locator("button", new() { HasText = "Trekk tilbake" }).ClickAsync();
        Assert.Contains("trukket tilbake", await leader.InnerTextAsync("main"));

        var again = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await again.GotoAsync("/logg-inn/kode");
        await again.FillAsync("#UserName", "nora.nattevakt");
        await again.FillAsync("#Code", second);
        await again.ClickAsync("form.code-login-form button[type=submit]");
        Assert.Contains("Tilgangskoden er trukket tilbake", await again.InnerTextAsync(".error-summary"));
        await BrowserSession.AssertAccessibleAsync(again);
        await again.Context.CloseAsync();
        await leader.Context.CloseAsync();
    }

    [Fact]
    public async Task A_session_started_before_a_password_change_is_refused_after_it()
    {
        var old = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(old, DemoUsers.Kommunedirektor);
        var current = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(current, DemoUsers.Kommunedirektor);
        await current.GotoAsync("/profil/passord");
        await current.FillAsync("#CurrentPassword", DemoUsers.Password);
        await current.FillAsync("#NewPassword", "Kommunedirektor-2026-ny");
        await current.FillAsync("#ConfirmPassword", "Kommunedirektor-2026-ny");
        await Task.WhenAll(current.WaitForURLAsync(u => u.Contains("lagret=true")), current.ClickAsync("form.password-form button[type=submit]"));
        Assert.True(await current.IsVisibleAsync("p.notice"), "the change is confirmed");

        await old.GotoAsync("/profil");
        Assert.Contains("/logg-inn", old.Url);
        await current.GotoAsync("/profil");
        Assert.Contains("/profil", current.Url);
        await old.Context.CloseAsync();
        await current.Context.CloseAsync();
    }

    [Fact]
    public async Task The_login_page_with_single_sign_on_and_the_access_code_steps_are_accessible_in_nynorsk()
    {
        var visitor = await browser.NewPageAsync(fixture.Site.BaseUrl);
        foreach (var culture in new[] { "nb", "nn" })
        {
            await visitor.GotoAsync($"/logg-inn?culture={culture}");
            Assert.Equal(culture, await visitor.GetAttributeAsync("html", "lang"));
            Assert.Contains(SignInLiveFixture.ProviderName, await visitor.InnerTextAsync("a[href^='/logg-inn/ekstern']"));
            Assert.True(await visitor.IsVisibleAsync("#Password"), "the local form is shown beside the button");
            await BrowserSession.AssertAccessibleAsync(visitor);
        }
        await visitor.Context.CloseAsync();

        var leader = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(leader, DemoUsers.Enhetsleder);
        await leader.GotoAsync("/enhet/tilgangskoder?culture=nn");
        await leader.FillAsync("#NewDisplayName", "Nils Nynorsk");
        await leader.FillAsync("#NewUserName", "nils.nynorsk");
        await leader.ClickAsync("form.admin-form button[type=submit]");
        var code = (await leader.InnerTextAsync(".access-card__code")).Trim();
        Assert.Equal("nn", await leader.GetAttributeAsync("html", "lang"));
        await BrowserSession.AssertAccessibleAsync(leader);

        var person = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await person.GotoAsync("/logg-inn/kode?culture=nn&brukernavn=nils.nynorsk");
        await person.FillAsync("#Code", code);
        await person.ClickAsync("form.code-login-form button[type=submit]");
        await person.WaitForSelectorAsync("#NewPassword");
        Assert.Equal("nn", await person.GetAttributeAsync("html", "lang"));
        await BrowserSession.AssertAccessibleAsync(person);

        await leader.Locator("tr", new() { HasText = "nils.nynorsk" }).Locator("form[action*='handler=Revoke'] button").ClickAsync();
        await leader.WaitForURLAsync(u => u.Contains("trukket=true"));
        await person.GotoAsync("/logg-inn/kode?brukernavn=nils.nynorsk");
        await person.FillAsync("#Code", code);
        await person.ClickAsync("form.code-login-form button[type=submit]");
        Assert.Contains("Tilgangskoden er trekt tilbake", await person.InnerTextAsync(".error-summary"));
        await BrowserSession.AssertAccessibleAsync(person);
        await person.Context.CloseAsync();
        await leader.Context.CloseAsync();
    }

    [Fact]
    public async Task The_new_sign_in_pages_are_accessible_in_bokmal_and_nynorsk()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        foreach (var culture in new[] { "nb", "nn" })
        {
            await page.GotoAsync($"/logg-inn/kode?culture={culture}");
            Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
            await BrowserSession.AssertAccessibleAsync(page);
        }
        await BrowserSession.LoginAsync(page, DemoUsers.Admin);
        foreach (var culture in new[] { "nb", "nn" })
            foreach (var path in new[] { "/profil", "/profil/tokens", "/profil/passord", "/admin/innlogging", "/enhet/tilgangskoder" })
            {
                await page.GotoAsync($"{path}?culture={culture}");
                Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
                await BrowserSession.AssertAccessibleAsync(page);
            }
        await page.GotoAsync("/profil/tokens?culture=nn");
        await page.FillAsync("#Name", "Rapportverktøy");
        await page.ClickAsync("form.token-form button[type=submit]");
        Assert.StartsWith("itk_", await page.InputValueAsync("#new-token-value"));
        Assert.Contains("Aktive token", await page.InnerTextAsync("main"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
