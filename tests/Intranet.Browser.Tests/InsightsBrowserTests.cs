using Intranet.Testing;
using Xunit;

namespace Intranet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class InsightsBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    [Fact]
    public async Task Dashboard_and_pulse_admin_are_accessible_in_bokmal_and_nynorsk()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Kommunikasjon);
        foreach (var culture in new[] { "nb", "nn" })
            foreach (var path in new[] { "/innsikt", "/admin/puls" })
            {
                await page.GotoAsync($"{path}?culture={culture}");
                Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
                // Open every data table so axe checks them too.
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                await BrowserSession.AssertAccessibleAsync(page);
            }
        await page.GotoAsync("/innsikt?culture=nb");
        Assert.True(await page.Locator("svg.chart[role=img] title").CountAsync() >= 8);
        Assert.Equal(1, await page.Locator("#diagram-lesere-enheter-h").CountAsync());
        Assert.Equal(1, await page.Locator("a[href='/innsikt/eksport/lesere-enheter.csv']").CountAsync());
        // Narrowed to one unit through the filter form, then a unit that does not exist: both accessible, nb and nn.
        foreach (var culture in new[] { "nb", "nn" })
        {
            await page.GotoAsync($"/innsikt?culture={culture}");
            await page.SelectOptionAsync("#enhet", "hjemmetjenesten");
            await page.ClickAsync("form.filters button[type=submit]");
            await page.WaitForURLAsync("**/innsikt?enhet=hjemmetjenesten");
            Assert.Contains("Helse og omsorg – Hjemmetjenesten", await page.InnerTextAsync(".insights-scope"));
            Assert.Equal("hjemmetjenesten", await page.InputValueAsync("#enhet"));
            Assert.Equal(1, await page.Locator("a[href='/innsikt/eksport/historier.csv?enhet=hjemmetjenesten']").CountAsync());
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            await BrowserSession.AssertAccessibleAsync(page);
            await page.GotoAsync("/innsikt?enhet=finnes-ikke");
            await page.WaitForSelectorAsync("p.notice");
            await BrowserSession.AssertAccessibleAsync(page);
        }
        await page.GotoAsync("/admin/puls?culture=nb");
        await page.ClickAsync("form.pulse-admin-form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editing_a_pulse_survey_is_accessible_in_bokmal_and_nynorsk_also_when_a_change_is_refused()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Kommunikasjon);
        await page.GotoAsync("/admin/puls?culture=nb");
        var edit = await page.GetAttributeAsync("a[href$='/endre']", "href");
        foreach (var culture in new[] { "nb", "nn" })
        {
            await page.GotoAsync($"{edit}?culture={culture}");
            Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
            await BrowserSession.AssertAccessibleAsync(page);
        }
        // The demo survey has answers: a new scale for its first question is refused, by the field, with the form kept.
        await page.GotoAsync($"{edit}?culture=nb");
        await page.FillAsync("#Input_Title", "Endret tittel");
        await page.SelectOptionAsync("#Input_Scales_0_", "ZeroToTen");
        await page.ClickAsync("form.pulse-admin-form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        Assert.Contains("Skalaen kan ikke endres", await page.InnerTextAsync(".error-summary"));
        Assert.Equal("Endret tittel", await page.InputValueAsync("#Input_Title"));
        Assert.Equal("ZeroToTen", await page.InputValueAsync("#Input_Scales_0_"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_employee_answers_the_pulse_survey_from_the_home_page_accessibly()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Nyansatt);
        foreach (var culture in new[] { "nb", "nn" })
        {
            await page.GotoAsync($"/?culture={culture}");
            await page.WaitForSelectorAsync(".pulse-banner");
            await BrowserSession.AssertAccessibleAsync(page);
        }
        var survey = await page.GetAttributeAsync(".pulse-banner a", "href");
        foreach (var culture in new[] { "nn", "nb" })
        {
            await page.GotoAsync($"{survey}?culture={culture}");
            await BrowserSession.AssertAccessibleAsync(page);
        }
        await page.ClickAsync("form.pulse-form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await BrowserSession.AssertAccessibleAsync(page);
        foreach (var fieldset in await page.Locator("fieldset.pulse-scale").AllAsync())
            await fieldset.Locator("label").Last.ClickAsync();
        await page.ClickAsync("form.pulse-form button[type=submit]");
        await page.WaitForSelectorAsync("#pulse-thanks");
        await BrowserSession.AssertAccessibleAsync(page);
        await page.GotoAsync("/");
        Assert.Equal(0, await page.Locator(".pulse-banner").CountAsync());
        await page.Context.CloseAsync();
    }
}
