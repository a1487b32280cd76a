using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;
using Intranet.Web.Data;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>
/// One live host (Kestrel on loopback) per database provider for the whole catalogue, so no test class boots one.
/// Sign-ins are not rate limited here (the catalogue signs in a lot) and sessions are checked against the
/// security stamp on every request; password guessing gets its own host (<see cref="PasswordGuessingTests"/>).
/// Clients come from the shared helpers (Intranet.Testing), cached per user: one sign-in per user and run.
/// </summary>
public abstract class SecuritySite : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _cookieClients = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _tokenClients = new();

    protected SecuritySite(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null) => Site = new(
        new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [SharedIntranet.SignInsPerMinuteSetting] = "100000",
            ["Intranet:Accounts:SessionCheckSeconds"] = "0",
        }, provider);

    public LiveIntranet Site { get; }

    public string BaseUrl => Site.BaseUrl;

    public IServiceProvider Services => Site.Services;

    /// <summary>A cookie session for the user (cached).</summary>
    public Task<HttpClient> CookieClientAsync(string user) =>
        _cookieClients.GetOrAdd(user, u => new Lazy<Task<HttpClient>>(() => Site.SignedInClientAsync(u))).Value;

    /// <summary>A new cookie session (not cached) through the login form.</summary>
    public Task<HttpClient> SignInAsync(string user, string password = DemoUsers.Password) => Site.SignedInClientAsync(user, password);

    /// <summary>A bearer-token client for the user (cached).</summary>
    public Task<HttpClient> TokenClientAsync(string user) =>
        _tokenClients.GetOrAdd(user, u => new Lazy<Task<HttpClient>>(() => Site.TokenClientAsync(u))).Value;

    /// <summary>A client without a session that never follows redirects (so Location can be checked).</summary>
    public HttpClient Anonymous(bool cookies = false) => Site.NewClient(allowAutoRedirect: false, handleCookies: cookies);

    /// <summary>POSTs JSON with a bearer token and returns the body, failing with the body when the status is not 2xx.</summary>
    public async Task<JsonElement> PostJsonOkAsync(string user, string url, object body)
    {
        var response = await (await TokenClientAsync(user)).PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url} as {user}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
    }

    public void Dispose()
    {
        Site.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSecuritySite() : SecuritySite(DatabaseProvider.Sqlite);

public sealed class PostgresSecuritySite() : SecuritySite(DatabaseProvider.Postgres);

/// <summary>
/// The hostile-input sweep's own SQLite host, answering errors as production does (the Norwegian error page and
/// problem+json instead of the developer exception page), since that is what the sweep judges.
/// </summary>
public sealed class SweepSecuritySite() : SecuritySite(DatabaseProvider.Sqlite, new Dictionary<string, string?>
{
    ["Intranet:FriendlyErrorsInDevelopment"] = "true",
});

/// <summary>The SQLite catalogue shares one host and one Chromium; its classes run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SqliteSecuritySite>, ICollectionFixture<BrowserSession>
{
    public const string Name = "security";
}

/// <summary>
/// The data-dependent part of the catalogue (hidden targets, antiforgery, stored XSS, headers) again on PostgreSQL, in
/// parallel with SQLite, with its own Chromium.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresSecurityCollection : ICollectionFixture<PostgresSecuritySite>, ICollectionFixture<BrowserSession>
{
    public const string Name = "security-postgres";
}
