using Intranet.Testing;
using Intranet.Web.Data;

namespace Intranet.Welcome.Tests;

/// <summary>One host per provider and test class: the demo import is the slow part, so the facts share it.</summary>
public abstract class HostFixture(DatabaseProvider provider) : IDisposable
{
    // The facts of a class sign in far more than 20 times a minute from one address: lift the sign-in rate limit.
    public IntranetFactory Factory { get; } = new IntranetFactory(provider).With(SharedIntranet.SignInsPerMinuteSetting, "100000");

    public void Dispose() => Factory.Dispose();
}

public sealed class SqliteHost() : HostFixture(DatabaseProvider.Sqlite);

public sealed class PostgresHost() : HostFixture(DatabaseProvider.Postgres);
