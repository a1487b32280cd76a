using Intranet.Testing;
using Intranet.Web.Data;

namespace Intranet.Welcome.Tests;

/// <summary>One host per provider and test class: the demo import is the slow part, so the facts share it.</summary>
public abstract class HostFixture(DatabaseProvider provider) : IDisposable
{
    public IntranetFactory Factory { get; } = new(provider);

    public void Dispose() => Factory.Dispose();
}

public sealed class SqliteHost() : HostFixture(DatabaseProvider.Sqlite);

public sealed class PostgresHost() : HostFixture(DatabaseProvider.Postgres);
