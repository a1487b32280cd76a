using System.Diagnostics;

namespace Intranet.Bench.Search;

/// <summary>
/// Times every engine on the query mix single-threaded, interleaved round by round so that the noise of a shared
/// machine hits all engines alike, and reports p50, p99 and queries per second.
/// </summary>
internal static class Stats
{
    public static readonly int WarmUpRounds = int.TryParse(Environment.GetEnvironmentVariable("BENCH_WARMUP_ROUNDS"), out var n) ? n : 5;

    public sealed record Engine(string Name, Func<BenchQuery, int> Run, int EveryNthRound = 1);

    public sealed record Result(string Engine, double P50Ms, double P99Ms, double Qps, int Queries, double[] MedianPerQuery, double CpuP50Ms, double CpuP99Ms,
        string Slowest);

    public static List<Result> Measure(IReadOnlyList<Engine> engines, int rounds)
    {
        var times = engines.Select(_ => new List<double>()).ToList();
        var cpu = engines.Select(_ => new List<double>()).ToList();
        var perQuery = engines.Select(_ => QueryMix.All.Select(_ => new List<double>()).ToArray()).ToList();
        var slowest = engines.Select(_ => new List<(double Ms, double Cpu, int Query, int Round, int Gcs)>()).ToList();
        // Warm-up: a few rounds of the mix per engine, so the JIT has compiled the hot paths of every engine
        // (with a single round, the first measured rounds of both Lucene engines ran 30-70 ms phrase queries).
        for (var r = 0; r < WarmUpRounds; r++)
            foreach (var engine in engines)
                foreach (var q in QueryMix.All) engine.Run(q);
        for (var r = 0; r < rounds; r++)
            for (var e = 0; e < engines.Count; e++)
            {
                if (r % engines[e].EveryNthRound != 0) continue;
                for (var i = 0; i < QueryMix.All.Length; i++)
                {
                    var gcs = GC.CollectionCount(0) + GC.CollectionCount(1) * 100 + GC.CollectionCount(2) * 10_000;
                    var c = ThreadCpu.NowMs();
                    var w = Stopwatch.StartNew();
                    engines[e].Run(QueryMix.All[i]);
                    slowest[e].Add((w.Elapsed.TotalMilliseconds, ThreadCpu.NowMs() - c, i, r,
                        GC.CollectionCount(0) + GC.CollectionCount(1) * 100 + GC.CollectionCount(2) * 10_000 - gcs));
                    times[e].Add(w.Elapsed.TotalMilliseconds);
                    cpu[e].Add(ThreadCpu.NowMs() - c);
                    perQuery[e][i].Add(w.Elapsed.TotalMilliseconds);
                }
            }
        return [.. engines.Select((e, i) => Summarise(e.Name, times[i], perQuery[i], cpu[i]) with
        {
            // The three slowest: wall ms / thread CPU ms, query, round, and garbage collections during it (gen0 + 100 × gen1 + 10,000 × gen2).
            Slowest = string.Join("; ", slowest[i].OrderByDescending(t => t.Ms).Take(3)
                .Select(t => $"{t.Ms:N1}/{t.Cpu:N1} ms q{t.Query} r{t.Round} gc {t.Gcs}")),
        })];
    }

    private static Result Summarise(string engine, List<double> times, List<double>[] perQuery, List<double> cpu)
    {
        times.Sort();
        cpu.Sort();
        var medians = perQuery.Select(t => { t.Sort(); return Percentile(t, 0.5); }).ToArray();
        return new Result(engine, Percentile(times, 0.50), Percentile(times, 0.99), times.Count / (times.Sum() / 1000), times.Count, medians,
            Percentile(cpu, 0.50), Percentile(cpu, 0.99), "");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public static long DirectorySize(string path) =>
        Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    public static double RssMb()
    {
        GC.Collect();
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.WorkingSet64 / 1024.0 / 1024.0;
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
