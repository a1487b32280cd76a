using Intranet.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Media.Tests;

[CollectionDefinition(Name)]
public sealed class MediaBrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "media-browser";
}

/// <summary>The upload widget in a real browser (Debian's Chromium), and the library page under axe in nb and nn.</summary>
[Collection(MediaBrowserCollection.Name)]
public sealed class MediaBrowserTests(BrowserSession browser, LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    [Fact]
    public async Task Widget_uploads_with_alt_text_and_inserts_markdown_then_library_is_accessible()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Admin);
        await page.GotoAsync("/admin/media");
        await InjectEditorAsync(page);

        await page.SetInputFilesAsync("#image-upload-file-1", new FilePayload
        {
            Name = "fjord.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(640, 480),
        });
        await page.ClickAsync(".image-upload__alt .button:not(.button--secondary)");
        Assert.Equal("true", await page.GetAttributeAsync("#image-upload-alt-1", "aria-invalid")); // alt is required
        await page.FillAsync("#image-upload-alt-1", "Fjorden en stille morgen");
        await page.ClickAsync(".image-upload__alt .button:not(.button--secondary)");
        await page.WaitForFunctionAsync("() => document.querySelector('#body').value.includes('/media/')");
        var markdown = await page.InputValueAsync("#body");
        Assert.Matches(@"!\[Fjorden en stille morgen\]\(/media/[0-9a-f]{32}/medium\)", markdown);
        await BrowserSession.AssertAccessibleAsync(page);

        await page.GotoAsync("/admin/media");
        Assert.Contains("Fjorden en stille morgen", await page.ContentAsync());
        await BrowserSession.AssertAccessibleAsync(page);
        await page.GotoAsync("/admin/media?culture=nn");
        Assert.Equal("nn", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Biletbibliotek", await page.InnerTextAsync("h1"));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>Stands in for the Stories/News editors (other modules): a form with a token and a tagged textarea.</summary>
    private static async Task InjectEditorAsync(IPage page)
    {
        await page.EvaluateAsync(@"() => {
            const token = document.querySelector('input[name=""__RequestVerificationToken""]').value;
            const form = document.createElement('form');
            form.innerHTML = '<input type=""hidden"" name=""__RequestVerificationToken"">' +
                '<label for=""body"">Tekst</label><textarea id=""body"" name=""body"" data-image-upload>Innledning</textarea>';
            form.querySelector('input').value = token;
            document.querySelector('main').prepend(form);
        }");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = "/_content/Intranet.Theme/js/image-upload.js" });
        await page.WaitForSelectorAsync("#image-upload-file-1");
    }
}
