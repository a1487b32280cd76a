using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>
/// One live host (Kestrel on loopback, SQLite) for the whole catalogue, so every test class boots nothing.
/// Sign-ins are not rate limited here (the catalogue signs in a lot) and sessions are checked against the
/// security stamp on every request; password guessing gets its own host (<see cref="PasswordGuessingTests"/>).
/// </summary>
public sealed class SecuritySite : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _cookieClients = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _tokenClients = new();

    public LiveIntranet Site { get; } = new(new Dictionary<string, string?>
    {
        [SharedIntranet.SignInsPerMinuteSetting] = "100000",
        ["Intranet:Accounts:SessionCheckSeconds"] = "0",
    });

    public string BaseUrl => Site.BaseUrl;

    public IServiceProvider Services => Site.Services;

    /// <summary>A cookie session for the user (cached: one sign-in per user for the whole run).</summary>
    public Task<HttpClient> CookieClientAsync(string user) =>
        _cookieClients.GetOrAdd(user, u => new Lazy<Task<HttpClient>>(() => SignInAsync(u))).Value;

    /// <summary>A new cookie session (not cached) through the login form.</summary>
    public async Task<HttpClient> SignInAsync(string user, string password = DemoUsers.Password)
    {
        var client = Anonymous(cookies: true);
        var response = await client.PostFormAsync("/logg-inn", new() { ["UserName"] = user, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {user} failed: {(int)response.StatusCode} " +
                System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "<main.{0,1500}", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        return client;
    }

    /// <summary>A bearer-token client for the user (cached).</summary>
    public Task<HttpClient> TokenClientAsync(string user) =>
        _tokenClients.GetOrAdd(user, u => new Lazy<Task<HttpClient>>(async () =>
        {
            var client = Anonymous();
            var response = await client.PostAsJsonAsync("/api/auth/token", new { username = u, password = DemoUsers.Password });
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return client;
        })).Value;

    /// <summary>A plain HTTP client on the live port that never follows redirects (so Location can be checked).</summary>
    public HttpClient Anonymous(bool cookies = false) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = cookies, CookieContainer = new System.Net.CookieContainer() })
        { BaseAddress = new Uri(BaseUrl) };

    /// <summary>POSTs JSON with a bearer token and returns the body, failing with the body when the status is not 2xx.</summary>
    public async Task<JsonElement> PostJsonOkAsync(string user, string url, object body)
    {
        var response = await (await TokenClientAsync(user)).PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url} as {user}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
    }

    public void Dispose() => Site.Dispose();
}

/// <summary>The catalogue shares one host and one Chromium; its classes run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecuritySite>, ICollectionFixture<BrowserSession>
{
    public const string Name = "security";
}
