using System.Text.RegularExpressions;
using Intranet.Testing;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace Intranet.Browser.Tests;

/// <summary>
/// An image goes into a story through the editor's drop zone (alt text required, progress bar), through review,
/// and shows, loaded, on the published story page for a colleague and on the public page for a visitor.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StoryImageBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    private const string Title = "Sansehagen som fikk nytt liv";
    private const string Body = "Beboerne plantet urter i sansehagen, og **flere** kom ut hver dag.";
    private const string Alt = "Beboere planter urter i høybed i sansehagen";

    [Fact]
    public async Task An_image_uploaded_in_the_editor_shows_in_the_published_story()
    {
        var author = await SignedInAsync(DemoUsers.Ansatt);
        await author.GotoAsync("/historier/ny");
        await author.FillAsync("#Form_Title", Title);
        await author.FillAsync("#Form_Body", Body);
        await DropImageAsync(author, "sansehage.png", Png(240, 160));
        Assert.Contains("sansehage.png", await author.InnerTextAsync(".image-upload"));

        // Without alt text: a Norwegian message by the field, nothing sent, nothing typed lost.
        await author.ClickAsync(".image-upload button:has-text('Last opp og sett inn')");
        Assert.Equal("Skriv en alternativ tekst før du laster opp.", await author.InnerTextAsync("#image-upload-alt-1-error"));
        Assert.Equal("true", await author.GetAttributeAsync("#image-upload-alt-1", "aria-invalid"));
        Assert.Equal(Title, await author.InputValueAsync("#Form_Title"));
        Assert.Equal(Body, await author.InputValueAsync("#Form_Body"));
        Assert.Contains("sansehage.png", await author.InnerTextAsync(".image-upload"));
        await BrowserSession.AssertAccessibleAsync(author);

        await WatchProgressBarAsync(author);
        await author.FillAsync("#image-upload-alt-1", Alt);
        await author.ClickAsync(".image-upload button:has-text('Last opp og sett inn')");
        await author.WaitForSelectorAsync(".image-upload__status:has-text('Bildet er satt inn i teksten.')");
        Assert.True(await author.EvaluateAsync<bool>("() => window.progressShown === true"), "the progress bar was never shown");
        var body = await author.InputValueAsync("#Form_Body");
        Assert.StartsWith(Body, body);
        var mediaId = Regex.Match(body, @"!\[" + Regex.Escape(Alt) + @"\]\(/media/([0-9a-f]{32})/medium\)").Groups[1].Value;
        Assert.NotEmpty(mediaId);
        await AssertImageLoadsAsync(author.Locator($"#story-preview img[alt='{Alt}']"), mediaId);

        await author.CheckAsync("input[name='Form.Values'][value=losningsvillig]");
        await author.CheckAsync("#audience-public");
        await author.CheckAsync("#Form_NamesPeople");
        await author.FillAsync("#Form_ConsentStatement", "Beboerne på bildet ga skriftlig samtykke til avdelingsleder.");
        await author.FillAsync("#Form_ConsentObtainedAt", "2026-05-04");
        await Task.WhenAll(author.WaitForURLAsync("**/historier/mine"), author.ClickAsync("button[value=submit]"));

        var comms = await SignedInAsync(DemoUsers.Kommunikasjon);
        await ApproveAsync(comms);

        // A colleague who did not upload it, and a visitor on the public page, both get the image.
        var colleague = await SignedInAsync(DemoUsers.Nyansatt);
        await colleague.GotoAsync("/historier/sansehagen-som-fikk-nytt-liv");
        await AssertImageLoadsAsync(colleague.Locator($"main img[alt='{Alt}']"), mediaId);
        await BrowserSession.AssertAccessibleAsync(colleague);
        var visitor = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await visitor.GotoAsync("/historier/sansehagen-som-fikk-nytt-liv");
        await AssertImageLoadsAsync(visitor.Locator($"main img[alt='{Alt}']"), mediaId);

        foreach (var page in new[] { author, comms, colleague, visitor }) await page.Context.CloseAsync();
    }

    /// <summary>Drops a file on the drop zone the way a browser does: a drop event carrying a DataTransfer with the file.</summary>
    private static async Task DropImageAsync(IPage page, string name, byte[] bytes)
    {
        var transfer = await page.EvaluateHandleAsync(@"([name, base64]) => {
            const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name, { type: 'image/png' }));
            return transfer;
        }", new object[] { name, Convert.ToBase64String(bytes) });
        await page.DispatchEventAsync(".image-upload__drop", "dragover", new { dataTransfer = transfer });
        await page.DispatchEventAsync(".image-upload__drop", "drop", new { dataTransfer = transfer });
        await page.WaitForSelectorAsync("#image-upload-alt-1", new() { State = WaitForSelectorState.Visible });
    }

    /// <summary>A local upload is too quick to catch the bar on screen, so record whether it was ever un-hidden.</summary>
    private static Task WatchProgressBarAsync(IPage page) => page.EvaluateAsync(@"() => {
        const bar = document.querySelector('.image-upload progress');
        window.progressShown = false;
        new MutationObserver(() => { if (!bar.hidden) window.progressShown = true; }).observe(bar, { attributes: true });
    }");

    private static async Task AssertImageLoadsAsync(ILocator image, string mediaId)
    {
        await image.WaitForAsync();
        var src = await image.GetAttributeAsync("src") ?? "";
        Assert.StartsWith($"/media/{mediaId}/", src);
        await image.ScrollIntoViewIfNeededAsync();
        var loaded = await image.EvaluateAsync<bool>(@"img => img.complete ? img.naturalWidth > 0
            : new Promise(done => { img.addEventListener('load', () => done(img.naturalWidth > 0)); img.addEventListener('error', () => done(false)); })");
        Assert.True(loaded, $"the image {src} did not load");
    }

    private static async Task ApproveAsync(IPage page)
    {
        await page.GotoAsync("/historier/innboks");
        var item = page.Locator("article.review-item", new() { HasText = Title });
        Assert.Contains("skriftlig samtykke", await item.InnerTextAsync());
        await item.Locator("input[name=decision][value=approve]").CheckAsync();
        await item.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("p.notice[role=status]");
    }

    private static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(40, 130, 60));
        for (var y = height / 4; y < height / 2; y++)
            for (var x = width / 4; x < width / 2; x++) image[x, y] = new Rgb24(240, 200, 30);
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    private async Task<IPage> SignedInAsync(string username)
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, username);
        return page;
    }
}
