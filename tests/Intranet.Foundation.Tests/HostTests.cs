using System.Net;
using Intranet.Testing;
using Intranet.Web.Data;
using Xunit;

namespace Intranet.Foundation.Tests;

public abstract class HostTests(DatabaseProvider provider) : IDisposable
{
    protected readonly IntranetFactory Factory = new(provider);

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

    public void Dispose() => Factory.Dispose();
}

public sealed class HostTestsSqlite() : HostTests(DatabaseProvider.Sqlite);

public sealed class HostTestsPostgres() : HostTests(DatabaseProvider.Postgres);
