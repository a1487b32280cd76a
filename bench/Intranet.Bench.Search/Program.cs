using Intranet.Bench.Search;

// dotnet run -c Release --project bench/Intranet.Bench.Search -- [articles] [rounds] [postgres connection string]
var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 30;
var postgres = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("INTRANET_BENCH_POSTGRES");
var work = Path.Combine(Path.GetTempPath(), "intranett-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
Console.WriteLine($"Corpus: {count} articles, {rounds} rounds of {QueryMix.All.Length} queries, single thread. {Environment.ProcessorCount} cores.");
var articles = Corpus.Generate(count).ToList();
Console.WriteLine($"Words in corpus: {articles.Sum(a => a.BodyMarkdown.Count(c => c == ' ') + 1):N0}");
var results = new List<Stats.Result>();

using (var lucene = new LuceneBench(Path.Combine(work, "lucene")))
{
    var rate = lucene.Index(articles);
    Console.WriteLine($"Lucene (ours): reindex {rate:N0} articles/s, index {Stats.DirectorySize(Path.Combine(work, "lucene")) / 1e6:N1} MB, RSS {Stats.RssMb():N0} MB");
    results.Add(Stats.Measure("Lucene (ours: permission filter, facets, highlights)", rounds, lucene.Run));
}
using (var sqlite = new SqliteBench(Path.Combine(work, "fts.db")))
{
    var rate = sqlite.Index(articles);
    Console.WriteLine($"SQLite FTS5: load {rate:N0} articles/s, file {new FileInfo(Path.Combine(work, "fts.db")).Length / 1e6:N1} MB (incl. table)");
    results.Add(Stats.Measure("SQLite FTS5 bm25 top 10", rounds, sqlite.RunFts));
    results.Add(Stats.Measure("SQLite LIKE '%…%' (first 10)", Math.Max(1, rounds / 10), sqlite.RunLike));
}
if (!string.IsNullOrEmpty(postgres))
{
    using var pg = new PostgresBench(postgres);
    var rate = pg.Index(articles);
    Console.WriteLine($"PostgreSQL FTS: load+GIN {rate:N0} articles/s, table+index {pg.SizeBytes() / 1e6:N1} MB");
    results.Add(Stats.Measure("PostgreSQL FTS norwegian GIN ts_rank top 10", rounds, pg.Run));
}
Console.WriteLine();
Console.WriteLine("| engine | p50 ms | p99 ms | queries/s |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var r in results) Console.WriteLine($"| {r.Engine} | {r.P50Ms:N2} | {r.P99Ms:N2} | {r.Qps:N0} |");
Console.WriteLine($"\nProcess RSS at end: {Stats.RssMb():N0} MB");
try { Directory.Delete(work, recursive: true); } catch (IOException) { }
