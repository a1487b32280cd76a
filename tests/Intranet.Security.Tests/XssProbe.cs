using Intranet.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>
/// Loads pages in Chromium with the Content-Security-Policy switched OFF (BypassCSP), so the test proves that the
/// markup itself is safe and not merely that the CSP catches it. A page fails when any payload ran
/// (<c>window.__xss</c> set, or a dialog opened) or when the DOM holds something that would run on a click or
/// a hover: an on* attribute, a javascript:/vbscript:/data: URL in a link, frame, form or object, or an inline script.
/// </summary>
public sealed class XssProbe(BrowserSession browser, string baseUrl)
{
    private const string DomCheck = """
        () => {
          const bad = [];
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) bad.push(el.tagName + '[' + a.name + ']');
          }
          const urlOf = (el, attr) => { const v = el.getAttribute(attr); if (v === null) return null; try { return new URL(v, location.href); } catch { return null; } };
          for (const [sel, attr] of [['a','href'],['area','href'],['iframe','src'],['frame','src'],['embed','src'],['object','data'],['form','action'],['button','formaction'],['img','src'],['svg a','href']]) {
            for (const el of document.querySelectorAll(sel)) {
              const u = urlOf(el, attr);
              if (!u) continue;
              const p = u.protocol;
              if (p === 'javascript:' || p === 'vbscript:' || (p === 'data:' && sel !== 'img')) bad.push(sel + ' ' + attr + '=' + el.getAttribute(attr));
            }
          }
          for (const s of document.querySelectorAll('script')) if (!s.src && s.type !== 'application/json') bad.push('inline script: ' + s.textContent.slice(0, 60));
          for (const el of document.querySelectorAll('iframe, object, embed, svg script, math')) bad.push('element ' + el.tagName);
          return bad;
        }
        """;

    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _dialogs = [];

    /// <summary>A page in a fresh context (its own cookies), signed in as the user unless null.</summary>
    public async Task<IPage> PageAsync(string? user, string password = DemoUsers.Password)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, BypassCSP = true, Locale = "nb-NO" });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Dialog += async (_, d) => { _dialogs.Add(d.Message); await d.DismissAsync(); };
        if (user is not null) await BrowserSession.LoginAsync(page, user, password);
        return page;
    }

    /// <summary>Opens the url and fails naming what ran or what would run; returns the page's visible text.</summary>
    public async Task<string> AssertInertAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"{url} → {response?.Status}");
        return await AssertInertHereAsync(page, url);
    }

    /// <summary>The same checks on a whole HTML document that is not served as a page (an export, an e-mail body).</summary>
    public async Task<string> AssertInertHtmlAsync(IPage page, string html, string what)
    {
        await page.SetContentAsync(html);
        return await AssertInertHereAsync(page, what);
    }

    /// <summary>The checks on the page as it is now (e.g. the answer to a form the test submitted in the browser).</summary>
    public async Task<string> AssertInertHereAsync(IPage page, string what)
    {
        await page.WaitForTimeoutAsync(50);
        foreach (var link in await page.QuerySelectorAllAsync("main a[href], main img, body > a[href], table a[href]"))
            await link.DispatchEventAsync("mouseover");
        var ran = await page.EvaluateAsync<bool>("() => window.__xss !== undefined");
        var dangerous = await page.EvaluateAsync<string[]>(DomCheck);
        Assert.False(ran, $"a payload ran on {what}");
        Assert.True(_dialogs.Count == 0, $"a dialog opened on {what}: {string.Join(", ", _dialogs)}");
        Assert.True(dangerous.Length == 0, $"{what} holds active content:\n" + string.Join("\n", dangerous));
        return await page.InnerTextAsync("body");
    }

    public async Task CloseAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        _contexts.Clear();
    }
}
