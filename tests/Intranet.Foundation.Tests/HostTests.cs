using System.Net;
using Intranet.Testing;
using Xunit;

namespace Intranet.Foundation.Tests;

public abstract class HostTests(SharedIntranet host)
{
    protected IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Health_is_ok_when_database_is_usable()
    {
        var response = await Factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Demo_user_can_sign_in_with_cookie()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var home = await client.GetStringAsync("/");
        Assert.Contains("Logg ut", home);
    }
}

public sealed class HostTestsSqlite(SqliteIntranet host) : HostTests(host), IClassFixture<SqliteIntranet>;

public sealed class HostTestsPostgres(PostgresIntranet host) : HostTests(host), IClassFixture<PostgresIntranet>;
