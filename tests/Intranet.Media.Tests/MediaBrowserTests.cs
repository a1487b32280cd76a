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

    [Fact]
    public async Task The_article_editor_uploads_an_image_with_alt_text_and_is_accessible_in_nb_and_nn()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Kommunikasjon);
        await page.GotoAsync("/admin/innhold/ny");
        await page.WaitForSelectorAsync("#image-upload-file-1");
        await page.FillAsync("#Form_Title", "Velkommen til biblioteket");
        await page.FillAsync("#Form_Body", "Biblioteket har fått nye lesesaler.");
        await page.SetInputFilesAsync("#image-upload-file-1", new FilePayload
        {
            Name = "lesesal.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(800, 600),
        });
        await BrowserSession.AssertAccessibleAsync(page); // the widget with its alt field showing
        await page.FillAsync("#image-upload-alt-1", "Lesesalen med store vinduer mot parken");
        await page.ClickAsync(".image-upload button:has-text('Last opp og sett inn')");
        await page.WaitForSelectorAsync(".image-upload__status:has-text('Bildet er satt inn i teksten.')");
        var body = await page.InputValueAsync("#Form_Body");
        Assert.StartsWith("Biblioteket har fått nye lesesaler.", body);
        Assert.Matches(@"!\[Lesesalen med store vinduer mot parken\]\(/media/[0-9a-f]{32}/medium\)", body);
        await BrowserSession.AssertAccessibleAsync(page);
        await Task.WhenAll(page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/innhold/\d+$")), page.ClickAsync("button[type=submit]:text-is('Lagre')"));
        Assert.Contains("/medium)", await page.InputValueAsync("#Form_Body")); // saved with the article

        await page.GotoAsync("/admin/innhold/ny?culture=nn");
        Assert.Equal("nn", await page.GetAttributeAsync("html", "lang"));
        await page.WaitForSelectorAsync(".image-upload:has-text('Vel bilete')");
        await page.SetInputFilesAsync("#image-upload-file-1", new FilePayload
        {
            Name = "lesesal.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(80, 60),
        });
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_welcome_section_editor_has_the_upload_widget_for_both_languages()
    {
        var page = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(page, DemoUsers.Enhetsleder);
        await page.GotoAsync("/velkommen/enhet");
        await page.WaitForSelectorAsync("#image-upload-file-2"); // one widget by each of the two section texts
        await BrowserSession.AssertAccessibleAsync(page);
        await page.GotoAsync("/velkommen/enhet?culture=nn");
        await page.WaitForSelectorAsync(".image-upload:has-text('Vel bilete')");
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
