using System.Net;
using Intranet.Testing;
using Intranet.Web.Data;
using Intranet.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Accounts.Tests;

public abstract class DataProtectionTests(DatabaseProvider provider) : AccountsTestBase(provider)
{
    [Fact]
    public async Task Keys_live_in_the_database_and_sessions_survive_a_restart()
    {
        var session = await SignInCookieAsync();
        using (var scope = Factory.Services.CreateScope())
            Assert.NotEmpty(scope.ServiceProvider.GetRequiredService<IntranetDbContext>().DataProtectionKeys.ToList());

        // A second host stands in for the restarted process: on SQLite on the same data folder (the database file is
        // there); on PostgreSQL on the same database with an empty data folder, so only the database holds the keys.
        using var restarted = Factory.Provider == DatabaseProvider.Postgres
            ? IntranetFactory.OnExisting(DatabaseProvider.Postgres, Factory.ConnectionString)
            : new IntranetFactory().With("Intranet:DataPath", Factory.DataPath);
        if (Factory.Provider == DatabaseProvider.Postgres) Assert.NotEqual(Factory.DataPath, restarted.DataPath);
        var request = new HttpRequestMessage(HttpMethod.Get, "/profil");
        request.Headers.Add("Cookie", session);
        var response = await restarted.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kari Solberg", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Signs in by hand so the session cookie can be carried to another host.</summary>
    private async Task<string> SignInCookieAsync()
    {
        var client = Anonymous();
        var form = await client.GetAsync("/logg-inn");
        var antiforgeryCookie = Cookies(form).Single(c => c.StartsWith("intranett.af=", StringComparison.Ordinal));
        var post = new HttpRequestMessage(HttpMethod.Post, "/logg-inn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = DemoUsers.Ansatt, ["Password"] = DemoUsers.Password,
                ["__RequestVerificationToken"] = HttpClientExtensions.AntiforgeryToken(await form.Content.ReadAsStringAsync())!,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return Cookies(signedIn).Single(c => c.StartsWith("intranett.auth=", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];
}

public sealed class DataProtectionTestsSqlite() : DataProtectionTests(DatabaseProvider.Sqlite);

public sealed class DataProtectionTestsPostgres() : DataProtectionTests(DatabaseProvider.Postgres);
