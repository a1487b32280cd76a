using Intranet.Web.Data;

namespace Intranet.Testing;

/// <summary>
/// xunit class fixture: one host for all tests of a class (<c>IClassFixture&lt;SqliteIntranet&gt;</c> or
/// <c>&lt;PostgresIntranet&gt;</c>), instead of a boot, migration and demo import per test. Only for tests that add
/// their own uniquely named data and leave alone what other tests rely on (demo users' roles, names, locks and
/// languages, the sign-in rate limit): such tests keep their own <see cref="IntranetFactory"/>. Sign-ins are not
/// rate limited here, since a class signs in far more than 20 times a minute.
/// </summary>
public abstract class SharedIntranet : IDisposable
{
    public const string SignInsPerMinuteSetting = "Intranet:Security:SignInsPerMinute";

    protected SharedIntranet(DatabaseProvider provider)
    {
        Provider = provider;
        Factory = new IntranetFactory(provider).With(SignInsPerMinuteSetting, "100000");
    }

    public DatabaseProvider Provider { get; }
    public IntranetFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteIntranet() : SharedIntranet(DatabaseProvider.Sqlite);

public sealed class PostgresIntranet() : SharedIntranet(DatabaseProvider.Postgres);
