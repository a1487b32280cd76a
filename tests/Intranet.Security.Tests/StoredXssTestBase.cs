using System.Net;
using Intranet.Core.Data;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>
/// What every stored-XSS class shares, once: the catalogue host of either provider, a Chromium probe (see
/// <see cref="XssProbe"/>) whose browser contexts are closed after each test, and the small steps every test repeats
/// (a form answered, an article's address, a look in the database, a submit in the browser).
/// Each class is abstract with a …Sqlite and a …Postgres subclass, in <see cref="SecurityCollection"/> and
/// <see cref="PostgresSecurityCollection"/>.
/// </summary>
public abstract class StoredXssTestBase(SecuritySite site, BrowserSession browser) : IAsyncLifetime
{
    protected SecuritySite Site { get; } = site;

    protected XssProbe Probe { get; } = new(browser, site.BaseUrl);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Probe.CloseAsync();

    /// <summary>Fails naming the step and the status when a form did not answer with the page or a redirect.</summary>
    protected static void AssertAccepted(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{what}: {(int)response.StatusCode}");

    /// <summary>Fails naming the step when a form did not redirect (the usual answer to a saved form).</summary>
    protected static void AssertRedirected(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what}: {(int)response.StatusCode}");

    /// <summary>An article's address, as the administrator's API answers it.</summary>
    protected Task<string> UrlAsync(int articleId) => SecurityData.ArticleUrlAsync(Site, articleId);

    protected async Task<T> WithDbAsync<T>(Func<IntranetDbContext, Task<T>> query)
    {
        using var scope = Site.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    protected Task<string> UserIdAsync(string userName) =>
        WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>A cookie session for a demo user (cached) or one of the catalogue's own users (<see cref="TestUsers"/>).</summary>
    protected Task<HttpClient> ClientAsync(string user) =>
        DemoUsers.All.Contains(user) ? Site.CookieClientAsync(user) : Site.SignInAsync(user, TestUsers.Password);

    /// <summary>A browser page signed in as a demo user or one of the catalogue's own users.</summary>
    protected Task<IPage> PageAsync(string? user) =>
        user is null || DemoUsers.All.Contains(user) ? Probe.PageAsync(user) : Probe.PageAsync(user, TestUsers.Password);

    /// <summary>Clicks a submit button and waits until the answer has replaced the page (a POST to the same address).</summary>
    protected static async Task SubmitAsync(IPage page, string button)
    {
        await page.EvaluateAsync("() => { window.__before = true; }");
        await page.ClickAsync(button);
        await page.WaitForFunctionAsync("() => window.__before === undefined");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>An editor page: the payloads sit inside inputs and textareas, as text.</summary>
    protected async Task<string> FieldValuesAsync(IPage page, string url)
    {
        await Probe.AssertInertAsync(page, url);
        return string.Join("\n", await page.EvalOnSelectorAllAsync<string[]>("input, textarea", "els => els.map(e => e.value)"));
    }
}
