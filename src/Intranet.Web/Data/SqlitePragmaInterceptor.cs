using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Intranet.Web.Data;

/// <summary>
/// Every SQLite connection waits for a busy writer instead of failing, and enforces foreign keys. Its page cache is
/// 1 MB (SQLite's default is 2 MB per connection): under load the pool holds dozens of connections, each its own
/// cache, while the operating system's page cache already holds the file once for all of them.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-1024;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
