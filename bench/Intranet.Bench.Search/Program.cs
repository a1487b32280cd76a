using System.Diagnostics;
using Intranet.Bench.Search;
using Microsoft.EntityFrameworkCore;

if (args is ["profile", var n]) { IndexProfile.Run(int.Parse(n)); return; }
// dotnet run -c Release --project bench/Intranet.Bench.Search -- [articles] [rounds] [postgres connection string]
var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 30;
var postgres = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("INTRANET_BENCH_POSTGRES");
// BENCH_WORK=<folder> keeps the database and index there and reuses them (BENCH_SKIP_REINDEX=1 keeps the index too).
var keep = Environment.GetEnvironmentVariable("BENCH_WORK");
var work = keep ?? Path.Combine(Path.GetTempPath(), "intranett-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
var reuse = keep is not null && File.Exists(Path.Combine(work, "intranet.db"));
void Log(string line) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss} load {Stats.LoadAverage()}] {line}");
Log($"Corpus: {count:N0} articles, {rounds} rounds of {QueryMix.All.Length} queries, single thread, {Environment.ProcessorCount} cores, vocabulary ~{Corpus.DistinctWords:N0} words.");

var ours = new OurSearch(Path.Combine(work, "data"), Path.Combine(work, "intranet.db"));
var loadSeconds = reuse ? 0 : BenchDatabase.Create(ours.OpenDb, Corpus.Generate(count));
using (var db = ours.OpenDb())
    Log($"Intranet database (SQLite): {count:N0} articles loaded in {loadSeconds:N1} s; body words {db.Articles.AsNoTracking().Sum(a => a.BodyMarkdown.Length) / 1e6:N0} M characters");
using var bare = new BareLucene(work);
var skipReindex = reuse && Environment.GetEnvironmentVariable("BENCH_SKIP_REINDEX") is not null;
if (!skipReindex)
{
    // Warm-up (JIT) of both indexing paths on 2,000 articles, so neither measured run pays for compiling the other's code.
    var warm = Math.Min(count, 2_000);
    bare.Index(BenchDatabase.PlainArticles(ours.OpenDb).Take(warm).ToList(), "warm-up");
    ours.IndexFromMemory(warm, Path.Combine(work, "ours-warm-up"));
    Directory.Delete(Path.Combine(work, "warm-up"), recursive: true);
    Directory.Delete(Path.Combine(work, "ours-warm-up"), recursive: true);
}
if (!skipReindex)
{
    var read = ours.ReadAll();
    Log($"Ours: the rebuild's database read alone {read.Wall:N0} articles/s wall ({read.Cpu:N0} per CPU-second)");
    var bareRead = BareLucene.Time(BenchDatabase.PlainArticles(ours.OpenDb));
    Log($"Bare: its database read + HTML to text alone {bareRead.Wall:N0} articles/s wall ({bareRead.Cpu:N0} per CPU-second)");
}
var reindex = skipReindex ? (Wall: 0.0, Cpu: 0.0) : await ours.RebuildAsync(count);
if (Environment.GetEnvironmentVariable("BENCH_REBUILD_TWICE") is not null)
{
    Log($"Ours: first rebuild {reindex.Wall:N0} articles/s wall ({reindex.Cpu:N0} per CPU-second); again:");
    reindex = await ours.RebuildAsync(count);
}
Log($"Ours: full reindex from the database {reindex.Wall:N0} articles/s wall clock ({reindex.Cpu:N0} articles per CPU-second of the process), index {Stats.DirectorySize(ours.IndexFolder) / 1e6:N1} MB");
if (!skipReindex || !Directory.Exists(Path.Combine(work, "bare")))
{
    // The bare library on the same corpus: fed from the same database (read + HTML to text), then from memory.
    var bareDb = bare.Index(BenchDatabase.PlainArticles(ours.OpenDb), "bare");
    Log($"Bare Lucene.Net: index from the database {bareDb.Wall:N0} articles/s wall ({bareDb.Cpu:N0} per CPU-second), index {bare.SizeBytes("bare") / 1e6:N1} MB");
    var inMemory = Math.Min(count, 20_000);
    var bareMem = bare.Index(BenchDatabase.PlainArticles(ours.OpenDb).Take(inMemory).ToList(), "bare-mem");
    Log($"Bare Lucene.Net: index from memory ({inMemory:N0} articles) {bareMem.Wall:N0} articles/s wall ({bareMem.Cpu:N0} per CPU-second)");
    var oursMem = ours.IndexFromMemory(inMemory, Path.Combine(work, "ours-mem"));
    Log($"Ours: index from memory ({inMemory:N0} articles) {oursMem.Wall:N0} articles/s wall ({oursMem.Cpu:N0} per CPU-second)");
    Directory.Delete(Path.Combine(work, "bare-mem"), recursive: true);
    Directory.Delete(Path.Combine(work, "ours-mem"), recursive: true);
    if (reindex.Wall > 0)
        Log($"Reindex ratio ours ÷ bare (from the database): wall {reindex.Wall / bareDb.Wall:N2}, per CPU-second {reindex.Cpu / bareDb.Cpu:N2}; from memory: wall {oursMem.Wall / bareMem.Wall:N2}, per CPU-second {oursMem.Cpu / bareMem.Cpu:N2}");
}
// BENCH_REINDEX_ONLY=1: stop after the indexing figures (for iterating on the rebuild).
if (Environment.GetEnvironmentVariable("BENCH_REINDEX_ONLY") is not null) return;
bare.Open("bare");
foreach (var q in QueryMix.All) Log($"  {q.Name,-8} {string.Join(' ', q.Words),-24} kind={q.Kind ?? "-",-5} hits {ours.Run(q),7:N0}, bare Lucene.Net {bare.Run(q),7:N0}");
if (Environment.GetEnvironmentVariable("BENCH_PROFILE") is { } profile) { ours.Profile(20, profile == "collect"); return; }
var rss = Stats.RssMb();
Log($"Process RSS with the index open and warmed: {rss:N0} MB");

var engines = new List<Stats.Engine>
{
    new("Ours (permission filter, facets, highlights)", ours.Run),
    new("Bare Lucene.Net (StandardAnalyzer, QueryParser over title+body, top 10, no facets/highlights/permissions)", bare.Run),
};
// BENCH_ONLY_LUCENE=1: ours and bare Lucene.Net only (no SQLite/PostgreSQL loads), for iterating on queries.
var onlyLucene = Environment.GetEnvironmentVariable("BENCH_ONLY_LUCENE") is not null;
using var sqlite = new SqliteBench(Path.Combine(work, "fts.db"));
if (!onlyLucene)
{
    File.Delete(Path.Combine(work, "fts.db"));
    var sqliteRate = sqlite.Index(BenchDatabase.PlainArticles(ours.OpenDb), count);
    Log($"SQLite FTS5: load {sqliteRate:N0} articles/s, file {new FileInfo(Path.Combine(work, "fts.db")).Length / 1e6:N1} MB (table + FTS)");
    engines.Add(new("SQLite FTS5 bm25 top 10", sqlite.RunFts));
    engines.Add(new("SQLite LIKE '%…%' (first 10, unranked)", sqlite.RunLike, EveryNthRound: 10));
}
PostgresBench? pg = null;
if (!onlyLucene && !string.IsNullOrEmpty(postgres))
{
    pg = new PostgresBench(postgres);
    var pgRate = pg.Index(BenchDatabase.PlainArticles(ours.OpenDb), count);
    Log($"PostgreSQL FTS: load + GIN {pgRate:N0} articles/s, table + index {pg.SizeBytes() / 1e6:N1} MB");
    engines.Add(new("PostgreSQL FTS norwegian GIN ts_rank top 10", pg.Run));
}
Log($"Measuring, interleaved, after {Stats.WarmUpRounds} warm-up rounds …");
var results = Stats.Measure(engines, rounds);
Log("Done.");
var mine = results[0];
Console.WriteLine();
var bareResult = results[1];
Console.WriteLine("| engine | queries | p50 ms | p99 ms | queries/s (1 thread) | p99 ÷ ours | thread CPU p50 ms | thread CPU p99 ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
    Console.WriteLine($"| {r.Engine} | {r.Queries} | {r.P50Ms:N2} | {r.P99Ms:N2} | {r.Qps:N0} | {r.P99Ms / mine.P99Ms:N2} | {r.CpuP50Ms:N2} | {r.CpuP99Ms:N2} |");
Console.WriteLine();
foreach (var r in results) Console.WriteLine($"Slowest, {r.Engine}: {r.Slowest}");
Console.WriteLine($"\nOurs ÷ bare Lucene.Net: p50 {mine.P50Ms / bareResult.P50Ms:N2}, p99 {mine.P99Ms / bareResult.P99Ms:N2}, thread CPU p50 {mine.CpuP50Ms / bareResult.CpuP50Ms:N2}, thread CPU p99 {mine.CpuP99Ms / bareResult.CpuP99Ms:N2}");
Console.WriteLine();
Console.WriteLine("Median ms per query: | query | " + string.Join(" | ", results.Select(r => r.Engine)) + " |");
for (var i = 0; i < QueryMix.All.Length; i++)
{
    var q = QueryMix.All[i];
    var text = (q.Phrase ? $"\"{string.Join(' ', q.Words)}\"" : string.Join(' ', q.Words)) + (q.Kind is null ? "" : $" (kind={q.Kind})");
    Console.WriteLine($"| {text} | " + string.Join(" | ", results.Select(r => r.MedianPerQuery[i].ToString("N2"))) + " |");
}
Console.WriteLine($"\nProcess RSS at the end (all engines open): {Stats.RssMb():N0} MB");
pg?.Dispose();
ours.Dispose();
if (keep is null) try { Directory.Delete(work, recursive: true); } catch (IOException) { }
