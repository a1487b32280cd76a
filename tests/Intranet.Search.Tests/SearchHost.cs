using Intranet.Testing;
using Xunit;
using Intranet.Web.Data;
using static Intranet.Search.Tests.SearchTestKit;

namespace Intranet.Search.Tests;

/// <summary>One host per provider shared by the query tests; waits until the start-up index holds the demo article.</summary>
public abstract class SearchHost(DatabaseProvider provider) : IAsyncLifetime
{
    public IntranetFactory Factory { get; } = new(provider);
    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        await WaitUntilAsync(Admin, "turnusordning", r => r.GetProperty("total").GetInt32() > 0, TimeSpan.FromSeconds(30));
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SqliteSearchHost() : SearchHost(DatabaseProvider.Sqlite);

public sealed class PostgresSearchHost() : SearchHost(DatabaseProvider.Postgres);
