using System.Net;
using Intranet.Testing;
using Xunit;

namespace Intranet.Accounts.Tests;

public abstract class ProfileTests(SharedIntranet host) : AccountsTestBase(host)
{
    [Fact]
    public async Task Profile_shows_name_unit_and_roles()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/profil"));
        Assert.Contains("Kari Solberg", html);
        Assert.Contains("Hjemmetjenesten (Helse og omsorg)", html);
        Assert.Contains("Ansatt", html);
    }

    [Fact]
    public async Task Choosing_nynorsk_changes_html_lang_now_and_at_the_next_sign_in()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Contains("<html lang=\"nb\"", await client.GetStringAsync("/profil"));
        var saved = await client.PostFormAsync("/profil", new() { ["Culture"] = "nn" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetStringAsync("/profil");
        Assert.Contains("<html lang=\"nn\"", after);
        Assert.Contains("Profilen min", after);

        var elsewhere = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        // Not "/": a new hire's first visit there is redirected to the welcome page.
        Assert.Contains("<html lang=\"nn\"", await elsewhere.GetStringAsync("/nyheter"));
    }

    [Fact]
    public async Task Anonymous_language_link_still_switches()
    {
        var client = Anonymous(cookies: true);
        Assert.Contains("<html lang=\"nn\"", await client.GetStringAsync("/logg-inn?culture=nn"));
        Assert.Contains("<html lang=\"nn\"", await client.GetStringAsync("/logg-inn"));
        Assert.Contains("<html lang=\"nb\"", await client.GetStringAsync("/logg-inn?culture=nb"));
    }

    [Fact]
    public async Task Profile_requires_sign_in()
    {
        var response = await Anonymous().GetAsync("/profil");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/logg-inn", response.Headers.Location!.ToString());
    }
}

public sealed class ProfileTestsSqlite(SqliteIntranet host) : ProfileTests(host), IClassFixture<SqliteIntranet>;

public sealed class ProfileTestsPostgres(PostgresIntranet host) : ProfileTests(host), IClassFixture<PostgresIntranet>;
