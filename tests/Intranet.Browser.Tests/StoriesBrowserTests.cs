using Intranet.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Browser.Tests;

/// <summary>
/// The whole life of a good story in a real browser: submitted with consent, changes requested by the unit
/// leader, resubmitted, approved and featured by communications, read everywhere, then withdrawn.
/// axe checks the editor, inbox, list, story and public pages in bokmål and nynorsk on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StoriesBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    private const string Title = "Kaffekoppen som samlet nabolaget";

    [Fact]
    public async Task A_public_story_goes_from_submission_to_the_public_and_back_out()
    {
        var author = await SignedInAsync(DemoUsers.Ansatt);
        await SubmitStoryAsync(author);

        var leader = await SignedInAsync(DemoUsers.Enhetsleder);
        await DecideAsync(leader, "request-changes", "Fortell litt mer om hvem som bidro.");

        await author.GotoAsync("/historier/mine");
        Assert.Contains("Fortell litt mer om hvem som bidro.", await author.InnerTextAsync("main"));
        await author.ClickAsync($"li.my-story:has-text('{Title}') a:has-text('Endre og send inn på nytt')");
        await author.FillAsync("#Form_Body", "Vi satte opp en kaffekopp i fellesrommet. **Naboene** kom, og ensomheten ble mindre. Hjemmesykepleien og frivilligsentralen bidro.");
        await Task.WhenAll(author.WaitForURLAsync("**/historier/mine"), author.ClickAsync("button[value=submit]"));

        var comms = await SignedInAsync(DemoUsers.Kommunikasjon);
        await DecideAsync(comms, "approve", "");
        await comms.GotoAsync("/historier");
        await comms.ClickAsync($"a:has-text('{Title}')");
        await comms.ClickAsync("button:has-text('Vis på forsiden')");
        await comms.WaitForSelectorAsync("button:has-text('Fjern fra forsiden')");
        await AssertAccessibleInBothAsync(comms, comms.Url);

        var anonymous = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await AssertVisibleEverywhereAsync(author, anonymous, visible: true);
        var storyUrl = new Uri(comms.Url).AbsolutePath;
        await AssertAccessibleInBothAsync(anonymous, storyUrl);
        await AssertAccessibleInBothAsync(anonymous, "/historier");
        await AssertAccessibleInBothAsync(author, "/historier");
        await AssertAccessibleInBothAsync(author, storyUrl);

        await author.GotoAsync("/historier/mine");
        await Task.WhenAll(author.WaitForURLAsync("**/historier/mine"),
            author.ClickAsync($"li.my-story:has-text('{Title}') button:has-text('Trekk tilbake')"));
        await AssertVisibleEverywhereAsync(author, anonymous, visible: false);

        foreach (var page in new[] { author, leader, comms, anonymous }) await page.Context.CloseAsync();
    }

    private async Task SubmitStoryAsync(IPage page)
    {
        await page.GotoAsync("/historier/ny");
        await AssertAccessibleInBothAsync(page, "/historier/ny");
        await page.FillAsync("#Form_Title", Title);
        await page.FillAsync("#Form_Body", "Vi satte opp en kaffekopp i fellesrommet, og **naboene** kom.");
        await page.CheckAsync("input[name='Form.Values'][value=losningsvillig]");
        await page.CheckAsync("#audience-public");
        await page.ClickAsync("button[value=submit]");
        // Public without consent: the form comes back with the error and everything typed.
        Assert.Contains("samtykkeerklæring", await page.InnerTextAsync("#error-summary"));
        Assert.Equal(Title, await page.InputValueAsync("#Form_Title"));
        Assert.True(await page.IsCheckedAsync("#audience-public"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.CheckAsync("#Form_NamesPeople");
        await page.FillAsync("#Form_ConsentStatement", "Beboerne på bildet ga muntlig samtykke til meg, bekreftet på e-post.");
        await page.FillAsync("#Form_ConsentObtainedAt", "2026-11-02");
        await Task.WhenAll(page.WaitForURLAsync("**/historier/mine"), page.ClickAsync("button[value=submit]"));
        Assert.Contains("Til vurdering", await page.InnerTextAsync($"li.my-story:has-text('{Title}')"));
    }

    private static async Task DecideAsync(IPage page, string decision, string comment)
    {
        await page.GotoAsync("/historier/innboks");
        await AssertAccessibleInBothAsync(page, "/historier/innboks");
        var item = page.Locator("article.review-item", new() { HasText = Title });
        Assert.Contains("muntlig samtykke", await item.InnerTextAsync());
        await item.Locator($"input[name=decision][value={decision}]").CheckAsync();
        if (comment.Length > 0) await item.Locator("textarea[name=comment]").FillAsync(comment);
        await item.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("p.notice[role=status]");
    }

    private async Task AssertVisibleEverywhereAsync(IPage employee, IPage anonymous, bool visible)
    {
        await employee.GotoAsync("/");
        Assert.Equal(visible, (await employee.InnerTextAsync("main")).Contains(Title));
        await employee.GotoAsync("/historier");
        Assert.Equal(visible, (await employee.InnerTextAsync("main")).Contains(Title));
        await anonymous.GotoAsync("/historier");
        Assert.Equal(visible, (await anonymous.InnerTextAsync("main")).Contains(Title));
        var feed = await anonymous.APIRequest.GetAsync("/feeds/historier.atom");
        Assert.Equal(visible, (await feed.TextAsync()).Contains(Title));
        // A request, not a navigation: Chromium reports an empty 404 body as a navigation error.
        var story = await anonymous.APIRequest.GetAsync("/historier/kaffekoppen-som-samlet-nabolaget");
        Assert.Equal(visible ? 200 : 404, story.Status);
    }

    private async Task<IPage> SignedInAsync(string username)
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, username);
        return page;
    }

    private static async Task AssertAccessibleInBothAsync(IPage page, string url)
    {
        var path = url.Split('?')[0];
        await page.GotoAsync(path + "?culture=nn");
        Assert.Equal("nn", await page.GetAttributeAsync("html", "lang"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.GotoAsync(path + "?culture=nb");
        await BrowserSession.AssertAccessibleAsync(page);
    }
}
