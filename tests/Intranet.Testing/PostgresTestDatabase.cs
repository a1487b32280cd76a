using Npgsql;

namespace Intranet.Testing;

/// <summary>
/// A fresh database in the PostgreSQL server that test.sh starts (INTRANET_TEST_POSTGRES holds the admin
/// connection string). Missing configuration is a failure, never a skip.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string EnvironmentVariable = "INTRANET_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _name;

    private PostgresTestDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ToString();
    }

    public string ConnectionString { get; }

    public static string AdminConnectionString =>
        System.Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? throw new InvalidOperationException($"{EnvironmentVariable} is not set: run the tests through ./test.sh, which starts PostgreSQL.");

    public static PostgresTestDatabase Create()
    {
        var admin = AdminConnectionString;
        var name = "intranett_" + Guid.NewGuid().ToString("N")[..16];
        Execute(admin, $"CREATE DATABASE \"{name}\"");
        return new PostgresTestDatabase(admin, name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try { Execute(_admin, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)"); } catch (NpgsqlException) { }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
