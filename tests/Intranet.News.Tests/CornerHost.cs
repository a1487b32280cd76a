using Intranet.Testing;
using Intranet.Web.Data;

namespace Intranet.News.Tests;

/// <summary>One host per class with a hand-moved clock and a small attachment limit (64 kB) so "too large" is cheap to test.</summary>
public abstract class CornerHost : SharedIntranet
{
    public const int MaxAttachmentBytes = 64 * 1024;

    protected CornerHost(DatabaseProvider provider) : base(provider) =>
        Factory.UseClock(Clock).With("Intranet:Corner:MaxBytes", MaxAttachmentBytes.ToString());

    public TestClock Clock { get; } = new();
}

public sealed class SqliteCornerHost() : CornerHost(DatabaseProvider.Sqlite);

public sealed class PostgresCornerHost() : CornerHost(DatabaseProvider.Postgres);
