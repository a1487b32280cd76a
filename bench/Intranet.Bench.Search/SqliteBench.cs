using System.Diagnostics;
using Intranet.Core.Models;
using Microsoft.Data.Sqlite;

namespace Intranet.Bench.Search;

/// <summary>SQLite FTS5 with bm25 ranking (top 10), and LIKE '%word%' on the same table as the naive baseline.</summary>
internal sealed class SqliteBench(string file) : IDisposable
{
    private readonly SqliteConnection _db = new($"Data Source={file}");

    public double Index(IEnumerable<PlainArticle> articles, int count)
    {
        _db.Open();
        Exec("PRAGMA journal_mode=WAL; CREATE TABLE docs(id INTEGER PRIMARY KEY, kind TEXT, title TEXT, body TEXT);" +
             "CREATE VIRTUAL TABLE fts USING fts5(title, body, content='docs', content_rowid='id');");
        var watch = Stopwatch.StartNew();
        using (var tx = _db.BeginTransaction())
        {
            using var insert = _db.CreateCommand();
            insert.CommandText = "INSERT INTO docs VALUES ($id, $kind, $title, $body); INSERT INTO fts(rowid, title, body) VALUES ($id, $title, $body);";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var kind = insert.Parameters.Add("$kind", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            foreach (var a in articles)
            {
                (id.Value, kind.Value, title.Value, body.Value) = (a.Id, a.Kind, a.Title, a.Body);
                insert.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return count / watch.Elapsed.TotalSeconds;
    }

    public int RunFts(BenchQuery q)
    {
        var match = q.Phrase ? $"\"{string.Join(' ', q.Words)}\"" : string.Join(' ', q.Words);
        var sql = "SELECT d.id, d.title FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH $q" +
                  (q.Kind is null ? "" : " AND d.kind = $kind") + " ORDER BY bm25(fts) LIMIT 10";
        return Count(sql, match, q.Kind);
    }

    public int RunLike(BenchQuery q)
    {
        var where = string.Join(" AND ", q.Words.Select((_, i) => $"body LIKE $w{i}"));
        using var cmd = _db.CreateCommand();
        cmd.CommandText = $"SELECT id, title FROM docs WHERE {where}" + (q.Kind is null ? "" : " AND kind = $kind") + " LIMIT 10";
        for (var i = 0; i < q.Words.Length; i++) cmd.Parameters.AddWithValue($"$w{i}", $"%{q.Words[i]}%");
        if (q.Kind is not null) cmd.Parameters.AddWithValue("$kind", q.Kind);
        return Drain(cmd);
    }

    private int Count(string sql, string match, string? kind)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$q", match);
        if (kind is not null) cmd.Parameters.AddWithValue("$kind", kind);
        return Drain(cmd);
    }

    private static int Drain(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var n = 0;
        while (r.Read()) n++;
        return n;
    }

    private void Exec(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _db.Dispose();
}
