using System.Net;
using Intranet.Accounts.Services;
using Intranet.Testing;
using Intranet.Web.Data;
using Xunit;

namespace Intranet.Accounts.Tests;

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

    private static async Task<string> PostLoginAsync(HttpClient client, string password)
    {
        var response = await client.PostFormAsync("/logg-inn", new() { ["UserName"] = DemoUsers.Ansatt, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

public sealed class LoginLockoutTestsSqlite() : LoginLockoutTests(DatabaseProvider.Sqlite);

public sealed class LoginLockoutTestsPostgres() : LoginLockoutTests(DatabaseProvider.Postgres);
