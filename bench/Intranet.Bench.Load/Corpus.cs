using Microsoft.Data.Sqlite;

namespace Intranet.Bench.Load;

/// <summary>
/// Bulk-inserts N published pages (kind "page", internal) with one change-log row each straight into the host's
/// SQLite file, in one transaction: seconds instead of the hours the per-article service path would take here.
/// The running host's indexer then indexes them from the change log like any other change.
/// </summary>
internal static class Corpus
{
    private static readonly string[] Words =
    [
        "hjemmetjenesten", "barnehage", "skole", "omsorg", "vedtak", "budsjett", "beredskap", "rutine", "brukermedvirkning",
        "ernæring", "velferdsteknologi", "turnus", "sykefravær", "kompetanse", "tilsyn", "rehabilitering", "frivillighet",
        "kommunestyre", "planlegging", "innbygger", "digitalisering", "personvern", "avvik", "samarbeid", "kvalitet",
    ];

    public static string Slug(int i) => $"last-{i:D6}";

    public static async Task InsertAsync(string databaseFile, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var article = connection.CreateCommand();
        article.Transaction = tx;
        article.CommandText = """
            INSERT INTO Articles (Kind, Slug, Title, Summary, BodyMarkdown, BodyHtml, Language, AuthorName, Audience, Status,
                                  PublishedAt, CreatedAt, UpdatedAt, Version)
            VALUES ('page', $slug, $title, $summary, $md, $html, 'nb', 'Lastgenerator', 'Internal', 'Published', $at, $at, $at, 1)
            RETURNING Id
            """;
        var change = connection.CreateCommand();
        change.Transaction = tx;
        change.CommandText = "INSERT INTO ChangeLog (At, ArticleId, Kind, Change) VALUES ($at, $id, 'page', 'Upsert')";
        var random = new Random(42);
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= count; i++)
        {
            var text = Sentence(random, 60);
            var at = Stored(start.AddMinutes(i * 17));
            article.Parameters.Clear();
            article.Parameters.AddWithValue("$slug", Slug(i));
            article.Parameters.AddWithValue("$title", $"{Capital(Sentence(random, 5))} {i}");
            article.Parameters.AddWithValue("$summary", Sentence(random, 20));
            article.Parameters.AddWithValue("$md", text);
            article.Parameters.AddWithValue("$html", $"<p>{text}</p>");
            article.Parameters.AddWithValue("$at", at);
            var id = (long)(await article.ExecuteScalarAsync())!;
            change.Parameters.Clear();
            change.Parameters.AddWithValue("$at", at);
            change.Parameters.AddWithValue("$id", id);
            await change.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }

    public static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Sentence(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random)));

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>EF Core's DateTimeOffsetToBinaryConverter, which the host uses on SQLite.</summary>
    private static long Stored(DateTimeOffset value) => ((value.UtcTicks / 1000) << 11) | ((long)value.Offset.TotalMinutes & 0x07FF);
}
