using Intranet.Core.Data;
using Intranet.Core.Notifications;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class NewsletterBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    [Fact]
    public async Task People_sign_up_until_the_event_is_full_and_the_next_lands_on_the_waiting_list()
    {
        var comms = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(comms, DemoUsers.Kommunikasjon);
        var url = await CreateEventAsync(comms, "Kurs i forstehjelp", capacity: 2);

        var pages = new Dictionary<string, IPage>();
        foreach (var (user, expected) in new[] { (DemoUsers.Ansatt, "confirmed"), (DemoUsers.Nyansatt, "confirmed"), (DemoUsers.Enhetsleder, "waiting") })
        {
            var page = pages[user] = await browser.NewPageAsync(fixture.Site.BaseUrl);
            await BrowserSession.LoginAsync(page, user);
            await page.GotoAsync(url);
            await page.ClickAsync("form[action*='handler=Signup'] button");
            await page.WaitForSelectorAsync($".signup-status[data-status={expected}]");
        }
        Assert.Contains("nummer 1", await pages[DemoUsers.Enhetsleder].InnerTextAsync(".signup-status"));
        await BrowserSession.AssertAccessibleAsync(pages[DemoUsers.Enhetsleder]);

        await comms.GotoAsync(url);
        Assert.Equal(2, await comms.Locator(".participants li").CountAsync());
        Assert.Equal(1, await comms.Locator(".waiting-list li").CountAsync());
        await BrowserSession.AssertAccessibleAsync(comms);

        await pages[DemoUsers.Ansatt].ClickAsync("form[action*='handler=Cancel'] button");
        await pages[DemoUsers.Ansatt].WaitForSelectorAsync("form[action*='handler=Signup']");
        await pages[DemoUsers.Enhetsleder].ReloadAsync();
        await pages[DemoUsers.Enhetsleder].WaitForSelectorAsync(".signup-status[data-status=confirmed]");

        foreach (var page in pages.Values.Append(comms)) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Newsletter_feed_and_event_pages_are_accessible_in_bokmal_and_nynorsk()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Kommunikasjon);
        var url = await CreateEventAsync(page, "Fagdag om klarsprak", capacity: 10);
        var edit = await page.GetAttributeAsync("a[href$='/rediger']", "href");
        foreach (var culture in new[] { "nb", "nn" })
            foreach (var path in new[] { "/", "/arrangementer", "/arrangementer/temadag-om-omdomme", url, "/arrangementer/ny", edit!, "/profil/nyhetsbrev", "/profil/nyhetsfeed", "/admin/nyhetsbrev" })
            {
                await page.GotoAsync($"{path}?culture={culture}");
                Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
                await BrowserSession.AssertAccessibleAsync(page);
            }

        await page.GotoAsync("/profil/nyhetsfeed?culture=nb");
        await page.ClickAsync("form[action*='handler=Create'] button");
        await page.WaitForSelectorAsync("#feed-url");
        await BrowserSession.AssertAccessibleAsync(page);

        await page.GotoAsync("/admin/nyhetsbrev?culture=nn");
        await page.FillAsync("#Title", "Sommarhelsing");
        await page.FillAsync("#Intro", "God sommar til alle!");
        await page.ClickAsync("button[formaction*='handler=Preview']");
        await page.WaitForSelectorAsync(".newsletter-preview");
        await BrowserSession.AssertAccessibleAsync(page);
        await page.FillAsync("#Title", "");
        await page.ClickAsync("button[formaction*='handler=Preview']");
        await page.WaitForSelectorAsync(".error-summary");
        await BrowserSession.AssertAccessibleAsync(page);

        await page.GotoAsync("/arrangementer/ny?culture=nb");
        await page.ClickAsync("form.event-form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_notifications_page_is_accessible_in_bokmal_and_nynorsk_and_marks_one_notification_read()
    {
        var (first, second) = ("Varsel om vaktbytte " + Guid.NewGuid().ToString("N")[..6], "Varsel om kurs " + Guid.NewGuid().ToString("N")[..6]);
        using (var scope = fixture.Site.Services.CreateScope())
        {
            var userId = await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Users
                .Where(u => u.UserName == DemoUsers.Nyansatt).Select(u => u.Id).SingleAsync();
            var sender = scope.ServiceProvider.GetRequiredService<INotificationSender>();
            await sender.SendAsync(userId, first, "/arrangementer", "browser-test:" + first);
            await sender.SendAsync(userId, second, "/arrangementer", "browser-test:" + second);
        }
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Nyansatt);
        foreach (var culture in new[] { "nb", "nn" })
        {
            await page.GotoAsync($"/varsler?culture={culture}");
            Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(2, await page.Locator("li.notification--unread", new() { HasText = "Varsel om" }).CountAsync());
            await BrowserSession.AssertAccessibleAsync(page);
        }

        await page.GotoAsync("/varsler?culture=nb");
        await page.Locator("li.notification", new() { HasText = first }).Locator("form[action*='handler=Read'] button").ClickAsync();
        await page.WaitForURLAsync("**/varsler");
        Assert.Equal(0, await page.Locator("li.notification--unread", new() { HasText = first }).CountAsync());
        Assert.Equal(1, await page.Locator("li.notification", new() { HasText = first }).CountAsync());
        Assert.Equal(1, await page.Locator("li.notification--unread", new() { HasText = second }).CountAsync());
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    private static async Task<string> CreateEventAsync(IPage page, string title, int capacity)
    {
        await page.GotoAsync("/arrangementer/ny");
        await page.FillAsync("#Title", title);
        await page.FillAsync("#StartsAt", "2027-10-05T09:00");
        await page.FillAsync("#EndsAt", "2027-10-05T12:00");
        await page.FillAsync("#Place", "Brannstasjonen");
        await page.FillAsync("#Capacity", capacity.ToString());
        await page.ClickAsync("form.event-form button[type=submit]");
        await page.WaitForSelectorAsync(".event-signup");
        return new Uri(page.Url).AbsolutePath;
    }
}
