using Intranet.Testing;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>
/// What every stored-XSS class shares: the SQLite catalogue host and a Chromium probe (see <see cref="XssProbe"/>),
/// whose browser contexts are closed after each test.
/// </summary>
public abstract class StoredXssTestBase(SqliteSecuritySite site, BrowserSession browser) : IAsyncLifetime
{
    protected SqliteSecuritySite Site { get; } = site;

    protected XssProbe Probe { get; } = new(browser, site.BaseUrl);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Probe.CloseAsync();
}
