using System.Diagnostics;
using Intranet.Core.Models;
using Npgsql;

namespace Intranet.Bench.Search;

/// <summary>PostgreSQL full-text search: 'norwegian' configuration, GIN index, ts_rank, top 10.</summary>
internal sealed class PostgresBench(string connectionString) : IDisposable
{
    private readonly NpgsqlConnection _db = new(connectionString);

    public double Index(IEnumerable<PlainArticle> articles, int count)
    {
        _db.Open();
        Exec("DROP TABLE IF EXISTS bench_docs; CREATE TABLE bench_docs(id int PRIMARY KEY, kind text, title text, body text, " +
             "tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('norwegian', title), 'A') || to_tsvector('norwegian', body)) STORED);");
        var watch = Stopwatch.StartNew();
        using (var import = _db.BeginBinaryImport("COPY bench_docs (id, kind, title, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in articles) import.WriteRow(a.Id, a.Kind, a.Title, a.Body);
            import.Complete();
        }
        Exec("CREATE INDEX bench_docs_tsv ON bench_docs USING GIN (tsv); ANALYZE bench_docs;");
        return count / watch.Elapsed.TotalSeconds;
    }

    public int Run(BenchQuery q)
    {
        var function = q.Phrase ? "phraseto_tsquery" : "plainto_tsquery";
        using var cmd = new NpgsqlCommand(
            $"SELECT id, title FROM bench_docs, {function}('norwegian', @q) query WHERE tsv @@ query" +
            (q.Kind is null ? "" : " AND kind = @kind") + " ORDER BY ts_rank(tsv, query) DESC LIMIT 10", _db);
        cmd.Parameters.AddWithValue("q", string.Join(' ', q.Words));
        if (q.Kind is not null) cmd.Parameters.AddWithValue("kind", q.Kind);
        using var r = cmd.ExecuteReader();
        var n = 0;
        while (r.Read()) n++;
        return n;
    }

    public long SizeBytes()
    {
        using var cmd = new NpgsqlCommand("SELECT pg_total_relation_size('bench_docs')", _db);
        return (long)cmd.ExecuteScalar()!;
    }

    private void Exec(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, _db);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try { Exec("DROP TABLE IF EXISTS bench_docs"); } catch (NpgsqlException) { }
        _db.Dispose();
    }
}
