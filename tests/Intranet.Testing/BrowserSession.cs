using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Testing;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), and an axe check for WCAG 2.1 A/AA.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = Args,
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>A fresh browser context (its own cookies) on the given site.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "nb-NO",
        });
        return await context.NewPageAsync();
    }

    public static async Task LoginAsync(IPage page, string username, string password = DemoUsers.Password)
    {
        await page.GotoAsync("/logg-inn");
        await page.FillAsync("#UserName", username);
        await page.FillAsync("#Password", password);
        await Task.WhenAll(page.WaitForURLAsync(u => !u.Contains("/logg-inn")), page.ClickAsync("form.login-form button[type=submit]"));
    }

    /// <summary>Fails with the rule ids and targets when axe finds a WCAG 2.1 A or AA violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        };
        var result = await page.RunAxe(options);
        var problems = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(problems.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", problems));
    }
}
