using Intranet.Testing;
using Intranet.Web.Data;

namespace Intranet.News.Tests;

/// <summary>One host per test class with a clock the tests move by hand; each test reads times relative to it.</summary>
public abstract class NewsHost : SharedIntranet
{
    protected NewsHost(DatabaseProvider provider) : base(provider) => Factory.UseClock(Clock);

    public TestClock Clock { get; } = new();
}

public sealed class SqliteNewsHost() : NewsHost(DatabaseProvider.Sqlite);

public sealed class PostgresNewsHost() : NewsHost(DatabaseProvider.Postgres);
