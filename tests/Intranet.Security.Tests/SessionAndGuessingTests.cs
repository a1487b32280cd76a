using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>A password change ends every other session and token of the person (on the shared live host, with a user of its own).</summary>
[Collection(SecurityCollection.Name)]
public sealed class SessionEndTests(SqliteSecuritySite site)
{
    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_tokens()
    {
        var user = await TestUsers.CreateAsync(site.Services, "Økt Testesen");
        var other = await site.SignInAsync(user, TestUsers.Password);
        var current = await site.SignInAsync(user, TestUsers.Password);
        var bearer = site.Anonymous();
        var issued = await bearer.PostAsJsonAsync("/api/auth/token", new { username = user, password = TestUsers.Password });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/profil")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/articles")).StatusCode);

        var changed = await current.PostFormAsync("/profil/passord", new()
        {
            ["CurrentPassword"] = TestUsers.Password, ["NewPassword"] = "Et-helt-nytt-passord-2026", ["ConfirmPassword"] = "Et-helt-nytt-passord-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var refused = await other.GetAsync("/profil");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/logg-inn", refused.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.DeleteAsync("/api/auth/token")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await current.GetAsync("/profil")).StatusCode);
    }
}

/// <summary>Password guessing on a host of its own (it spends the sign-in rate limit and locks a demo user).</summary>
public sealed class PasswordGuessingTests : IDisposable
{
    private readonly IntranetFactory _factory = new();

    [Fact]
    public async Task Guessing_locks_the_account_and_a_burst_from_one_address_gets_429()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/token", new { username = DemoUsers.Nyansatt, password = "gjett-" + i });
        var right = await client.PostAsJsonAsync("/api/auth/token", new { username = DemoUsers.Nyansatt, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);

        var form = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var locked = await form.PostFormAsync("/logg-inn", new() { ["UserName"] = DemoUsers.Nyansatt, ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("låst", WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/auth/token", new { username = "gjetter" + i, password = "feil" })).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    /// <summary>
    /// Guessing access codes on /logg-inn/kode counts toward the same lockout as passwords, and a burst from one address
    /// is refused once past the per-address limit, on a host of its own.
    /// </summary>
    [Fact]
    public async Task Guessing_access_codes_locks_the_account_and_a_burst_gets_429()
    {
        using var factory = new IntranetFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var i = 0; i < 5; i++)
        {
            var guess = await client.PostFormAsync("/logg-inn/kode", new() { ["UserName"] = DemoUsers.Ansatt, ["Code"] = $"GJET-T{i}AB-CDEF" });
            Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
        }
        var locked = await client.PostFormAsync("/logg-inn", new() { ["UserName"] = DemoUsers.Ansatt, ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("låst", WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()));

        // 6 sign-in posts so far; the limit is 20 a minute per address. Past it the code is never checked.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 19; i++)
            statuses.Add((await client.PostFormAsync("/logg-inn/kode", new() { ["UserName"] = "gjetter" + i, ["Code"] = "FEIL-KODE" })).StatusCode);
        Assert.All(statuses[..14], s => Assert.Equal(HttpStatusCode.OK, s));
        // Refused with 429 and the Norwegian error page (the re-executed error page once read the form's "Code" field
        // as its status code and answered 404).
        Assert.All(statuses[14..], s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    public void Dispose() => _factory.Dispose();
}
