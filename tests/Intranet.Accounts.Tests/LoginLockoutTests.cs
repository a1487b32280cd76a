using System.Net;
using System.Net.Http.Json;
using Intranet.Accounts.Services;
using Intranet.Testing;
using Intranet.Web.Data;
using Xunit;

namespace Intranet.Accounts.Tests;

/// <summary>Lockout and rate limits (form and token API): each test gets a fresh host, since each spends them.</summary>
public abstract class LoginLockoutTests(DatabaseProvider provider) : AccountsTestBase(provider)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_a_clear_message()
    {
        var client = Anonymous(cookies: true);
        for (var i = 1; i <= 4; i++)
        {
            var html = await PostLoginAsync(client, "feil-passord-123");
            Assert.Contains(SignInMessages.Wrong, html);
        }
        var fifth = await PostLoginAsync(client, "feil-passord-123");
        Assert.Contains(SignInMessages.LockedOut, fifth);
        Assert.Contains("value=\"ansatt\"", fifth);

        var right = await client.PostFormAsync("/logg-inn", new() { ["UserName"] = DemoUsers.Ansatt, ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(SignInMessages.LockedOut, WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Wrong_password_keeps_the_username_but_not_the_password()
    {
        var html = await PostLoginAsync(Anonymous(cookies: true), "feil-passord-123");
        Assert.Contains("value=\"ansatt\"", html);
        Assert.DoesNotContain("feil-passord-123", html);
    }

    [Fact]
    public async Task Login_posts_are_rate_limited_but_the_form_still_shows()
    {
        var client = Anonymous(cookies: true);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 22; i++)
            statuses.Add((await client.PostFormAsync("/logg-inn", new() { ["UserName"] = "finnes-ikke", ["Password"] = "feil-passord-123" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/logg-inn")).StatusCode);
    }

    [Fact]
    public async Task Too_many_tries_from_one_address_give_429()
    {
        var client = Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/auth/token", new { username = "finnes-ikke", password = "feil-passord-123" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        var last = await client.PostAsJsonAsync("/api/auth/token", new { username = DemoUsers.Ansatt, password = DemoUsers.Password });
        var problem = await ProblemAsync(last, HttpStatusCode.TooManyRequests);
        Assert.Equal("For mange forsøk", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_the_api_too()
    {
        var client = Anonymous();
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { username = DemoUsers.Ansatt, password = "feil-passord-123" })).StatusCode);
        var fifth = await client.PostAsJsonAsync("/api/auth/token", new { username = DemoUsers.Ansatt, password = "feil-passord-123" });
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        var right = await client.PostAsJsonAsync("/api/auth/token", new { username = DemoUsers.Ansatt, password = DemoUsers.Password });
        var problem = await ProblemAsync(right, HttpStatusCode.TooManyRequests);
        Assert.Contains("låst", problem.GetProperty("detail").GetString());
    }

    private static async Task<string> PostLoginAsync(HttpClient client, string password)
    {
        var response = await client.PostFormAsync("/logg-inn", new() { ["UserName"] = DemoUsers.Ansatt, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

public sealed class LoginLockoutTestsSqlite() : LoginLockoutTests(DatabaseProvider.Sqlite);

public sealed class LoginLockoutTestsPostgres() : LoginLockoutTests(DatabaseProvider.Postgres);
