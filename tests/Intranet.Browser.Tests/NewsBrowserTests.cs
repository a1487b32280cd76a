using Intranet.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class NewsBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    [Fact]
    public async Task Employee_confirms_a_must_read_item_and_communications_see_the_unit_share()
    {
        var comms = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(comms, DemoUsers.Kommunikasjon);
        var url = await WriteNewsAsync(comms, "Viktig om brannøvelse", mustRead: true);
        var id = await comms.GetAttributeAsync("a[href$='/lesestatus']", "href");

        var ansatt = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(ansatt, DemoUsers.Ansatt);
        await ansatt.GotoAsync("/");
        Assert.Contains("Viktig om brannøvelse", await ansatt.InnerTextAsync(".must-read-list"));
        await ansatt.GotoAsync(url);
        await BrowserSession.AssertAccessibleAsync(ansatt);
        await ansatt.ClickAsync("#confirm-read");
        await ansatt.WaitForSelectorAsync(".must-read__done");
        await ansatt.GotoAsync("/");
        Assert.Equal(0, await ansatt.Locator(".must-read-list").CountAsync());

        await comms.GotoAsync(id!);
        var row = comms.Locator("tr", new() { Has = comms.Locator("th", new() { HasTextString = "Hjemmetjenesten" }) });
        Assert.Equal("1", (await row.Locator(".read-status__confirmed").InnerTextAsync()).Trim());
        await BrowserSession.AssertAccessibleAsync(comms);
        await comms.Context.CloseAsync();
        await ansatt.Context.CloseAsync();
    }

    [Fact]
    public async Task News_pages_are_accessible_in_bokmal_and_nynorsk()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Kommunikasjon);
        var url = await WriteNewsAsync(page, "Ny rutine for IT-støtte", mustRead: true);
        var edit = await page.GetAttributeAsync("a[href$='/rediger']", "href");
        var status = await page.GetAttributeAsync("a[href$='/lesestatus']", "href");
        foreach (var culture in new[] { "nb", "nn" })
            foreach (var path in new[] { "/", "/nyheter", "/nyheter?kategori=it&enhet=helse-og-omsorg", url, "/nyheter/ny", edit!, status! })
            {
                await page.GotoAsync($"{path}{(path.Contains('?') ? '&' : '?')}culture={culture}");
                Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
                await BrowserSession.AssertAccessibleAsync(page);
            }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Corner_pages_are_accessible_in_bokmal_and_nynorsk()
    {
        var ansatt = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(ansatt, DemoUsers.Ansatt);
        await ansatt.GotoAsync("/hjornet/spor");
        await ansatt.FillAsync("#Text", "Kan vi få flere sykkelparkeringer?");
        await ansatt.CheckAsync("#Anonymous");
        await ansatt.ClickAsync("form.ask-form button[type=submit]");
        await ansatt.WaitForSelectorAsync("#question-sent");

        var ce = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(ce, DemoUsers.Kommunedirektor);
        foreach (var culture in new[] { "nb", "nn" })
        {
            foreach (var path in new[] { "/hjornet", "/hjornet/spor", "/hjornet/ny", "/hjornet/sporsmal", "/hjornet/delegater", "/hjornet/budsjett-2027-tydelige-prioriteringer" })
            {
                await ce.GotoAsync($"{path}?culture={culture}");
                Assert.Equal(culture, await ce.GetAttributeAsync("html", "lang"));
                await BrowserSession.AssertAccessibleAsync(ce);
            }
        }
        await ce.GotoAsync("/hjornet/sporsmal?culture=nb");
        await ce.FillAsync("textarea[name=Answer]", "Ja, vi setter opp flere stativer i vår.");
        await ce.ClickAsync(".question form button.button:not(.button--secondary)");
        await ce.GotoAsync("/hjornet?culture=nb");
        Assert.Contains("Spurt anonymt", await ce.InnerTextAsync(".corner-answers"));
        await BrowserSession.AssertAccessibleAsync(ce);
        await ce.Context.CloseAsync();
        await ansatt.Context.CloseAsync();
    }

    [Fact]
    public async Task Council_note_with_a_pdf_edit_archive_and_moderation_pages_are_accessible_in_bokmal_and_nynorsk()
    {
        var ce = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(ce, DemoUsers.Kommunedirektor);
        await ce.GotoAsync("/hjornet/ny?culture=nb");
        await ce.SelectOptionAsync("#Type", "notat");
        await ce.FillAsync("#Title", "Notat om barnehagedekning");
        await ce.FillAsync("#Body", "Se vedlagt notat til formannskapet.");
        await ce.SetInputFilesAsync("#Attachments", new FilePayload
        {
            Name = "Barnehagedekning – å vite.pdf", MimeType = "application/pdf",
            Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"),
        });
        await Task.WhenAll(ce.WaitForURLAsync(u => !u.Contains("/hjornet/ny")), ce.ClickAsync("form.corner-form button[type=submit]"));
        var post = new Uri(ce.Url).AbsolutePath;
        Assert.Contains("Barnehagedekning – å vite.pdf", await ce.InnerTextAsync(".corner-attachments"));

        await ce.GotoAsync("/hjornet/ny?culture=nb");
        await ce.SetInputFilesAsync("#Attachments", new FilePayload { Name = "bilde.pdf", MimeType = "application/pdf", Buffer = [0x89, 0x50, 0x4E, 0x47, 1, 2] });
        await ce.FillAsync("#Title", "Feil vedlegg");
        await ce.FillAsync("#Body", "Tekst");
        await ce.SelectOptionAsync("#Type", "notat");
        await ce.ClickAsync("form.corner-form button[type=submit]");
        await ce.WaitForSelectorAsync("#attachments-error");
        await BrowserSession.AssertAccessibleAsync(ce);

        var comms = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(comms, DemoUsers.Kommunikasjon);
        foreach (var culture in new[] { "nb", "nn" })
        {
            foreach (var path in new[] { post, post + "/rediger", "/hjornet/arkiv", $"/hjornet/arkiv/{DateTime.UtcNow.Year}", "/hjornet/ny" })
            {
                await ce.GotoAsync($"{path}?culture={culture}");
                Assert.Equal(culture, await ce.GetAttributeAsync("html", "lang"));
                await BrowserSession.AssertAccessibleAsync(ce);
            }
            foreach (var path in new[] { "/hjornet", "/hjornet/sporsmal", post })
            {
                await comms.GotoAsync($"{path}?culture={culture}");
                await BrowserSession.AssertAccessibleAsync(comms);
            }
        }
        Assert.Equal(1, await comms.Locator("#export-link").CountAsync());

        // "Fjern vedlegg": a plain form button named after the file; the editor confirms and the file is gone.
        await ce.GotoAsync(post + "/rediger?culture=nb");
        await ce.GetByRole(AriaRole.Button, new() { Name = "Fjern vedlegg Barnehagedekning – å vite.pdf", Exact = true }).ClickAsync();
        Assert.Contains("Vedlegget «Barnehagedekning – å vite.pdf» er fjernet.", await ce.InnerTextAsync("p.notice[role=status]"));
        Assert.Equal(0, await ce.Locator("a[href^='/hjornet/vedlegg/']").CountAsync());
        await BrowserSession.AssertAccessibleAsync(ce);
        await ce.GotoAsync(post);
        Assert.Equal(0, await ce.Locator(".corner-attachments").CountAsync());
        await ce.Context.CloseAsync();
        await comms.Context.CloseAsync();
    }

    [Fact]
    public async Task Forms_with_errors_and_the_sent_question_are_accessible_in_bokmal_and_nynorsk()
    {
        var comms = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(comms, DemoUsers.Kommunikasjon);
        var ce = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(ce, DemoUsers.Kommunedirektor);
        foreach (var culture in new[] { "nb", "nn" })
        {
            await comms.GotoAsync($"/nyheter/ny?culture={culture}");
            await comms.ClickAsync("button[value=publish]");
            await AssertErrorsAccessibleAsync(comms, culture);

            await ce.GotoAsync($"/hjornet/ny?culture={culture}");
            await ce.ClickAsync("form.corner-form button[type=submit]");
            await AssertErrorsAccessibleAsync(ce, culture);

            await ce.GotoAsync($"/hjornet/spor?culture={culture}");
            await ce.ClickAsync("form.ask-form button[type=submit]");
            await AssertErrorsAccessibleAsync(ce, culture);

            await ce.GotoAsync($"/hjornet/spor?sendt=true&culture={culture}");
            await ce.WaitForSelectorAsync("#question-sent");
            Assert.Equal(culture, await ce.GetAttributeAsync("html", "lang"));
            await BrowserSession.AssertAccessibleAsync(ce);
        }
        await comms.Context.CloseAsync();
        await ce.Context.CloseAsync();
    }

    private static async Task AssertErrorsAccessibleAsync(IPage page, string culture)
    {
        await page.WaitForSelectorAsync(".error-summary");
        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
        await BrowserSession.AssertAccessibleAsync(page);
    }

        /// <summary>Writes a must-read news item for Hjemmetjenesten through the form; returns its URL.</summary>
    private static async Task<string> WriteNewsAsync(IPage page, string title, bool mustRead)
    {
        await page.GotoAsync("/nyheter/ny?culture=nb");
        await page.FillAsync("#Title", title);
        await page.FillAsync("#Body", "Les dette **nøye**.");
        await page.SelectOptionAsync("#Category", "it");
        await page.CheckAsync("#unit-hjemmetjenesten");
        if (mustRead) await page.CheckAsync("#MustRead");
        await Task.WhenAll(page.WaitForURLAsync(u => !u.Contains("/nyheter/ny?") && !u.EndsWith("/nyheter/ny")), page.ClickAsync("button[value=publish]"));
        return new Uri(page.Url).AbsolutePath;
    }
}
