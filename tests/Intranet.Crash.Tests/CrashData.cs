using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Intranet.Crash.Tests;

/// <summary>A temp data folder, a large generated recipe, and direct reads of the SQLite database in it.</summary>
public sealed class CrashData : IDisposable
{
    public const string Marker = "krasjtest";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "intranett-crash", Guid.NewGuid().ToString("N"));

    public CrashData() => Directory.CreateDirectory(Folder);

    /// <summary>A recipe with <paramref name="count"/> published pages, all carrying <see cref="Marker"/>.</summary>
    public string WriteLargeRecipe(int count)
    {
        var articles = Enumerable.Range(1, count).Select(i => new Dictionary<string, object>
        {
            ["kind"] = "page",
            ["slug"] = $"{Marker}-{i:D5}",
            ["title"] = $"Krasjtest side {i}",
            ["summary"] = $"Side nummer {i} i en stor oppskrift.",
            ["authorName"] = "Krasjtest",
            ["status"] = "published",
            ["publishedAt"] = "2026-01-01T08:00:00Z",
            ["body"] = $"## Side {i}\n\nDette er {Marker} nummer {i}. Hjemmetjenesten, skolen og barnehagen samarbeider om bedre tjenester.\n",
        });
        var recipe = new { name = "krasjtest", steps = new object[] { new { step = "articles", articles } } };
        var path = Path.Combine(Folder, "stor.recipe.json");
        File.WriteAllText(path, JsonSerializer.Serialize(recipe));
        return path;
    }

    public async Task<List<int>> ArticleIdsAsync(string? slugPrefix = null)
    {
        await using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = slugPrefix is null
            ? "SELECT Id FROM Articles ORDER BY Id"
            : "SELECT Id FROM Articles WHERE Slug LIKE $p ORDER BY Id";
        command.Parameters.AddWithValue("$p", slugPrefix + "%");
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt32(0));
        return ids;
    }

    public async Task<string> IntegrityCheckAsync()
    {
        await using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Folder, "intranett.db"), Pooling = false, DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
