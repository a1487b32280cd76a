using System.Diagnostics;

namespace Intranet.Bench.Search;

/// <summary>
/// Times every engine on the query mix single-threaded, interleaved round by round so that the noise of a shared
/// machine hits all engines alike, and reports p50, p99 and queries per second.
/// </summary>
internal static class Stats
{
    public sealed record Engine(string Name, Func<BenchQuery, int> Run, int EveryNthRound = 1);

    public sealed record Result(string Engine, double P50Ms, double P99Ms, double Qps, int Queries, double[] MedianPerQuery, double CpuP50Ms, double CpuP99Ms);

    public static List<Result> Measure(IReadOnlyList<Engine> engines, int rounds)
    {
        var times = engines.Select(_ => new List<double>()).ToList();
        var cpu = engines.Select(_ => new List<double>()).ToList();
        var perQuery = engines.Select(_ => QueryMix.All.Select(_ => new List<double>()).ToArray()).ToList();
        foreach (var engine in engines)
            foreach (var q in QueryMix.All) engine.Run(q); // warm-up
        for (var r = 0; r < rounds; r++)
            for (var e = 0; e < engines.Count; e++)
            {
                if (r % engines[e].EveryNthRound != 0) continue;
                for (var i = 0; i < QueryMix.All.Length; i++)
                {
                    var c = ThreadCpu.NowMs();
                    var w = Stopwatch.StartNew();
                    engines[e].Run(QueryMix.All[i]);
                    times[e].Add(w.Elapsed.TotalMilliseconds);
                    cpu[e].Add(ThreadCpu.NowMs() - c);
                    perQuery[e][i].Add(w.Elapsed.TotalMilliseconds);
                }
            }
        return [.. engines.Select((e, i) => Summarise(e.Name, times[i], perQuery[i], cpu[i]))];
    }

    private static Result Summarise(string engine, List<double> times, List<double>[] perQuery, List<double> cpu)
    {
        times.Sort();
        cpu.Sort();
        var medians = perQuery.Select(t => { t.Sort(); return Percentile(t, 0.5); }).ToArray();
        return new Result(engine, Percentile(times, 0.50), Percentile(times, 0.99), times.Count / (times.Sum() / 1000), times.Count, medians,
            Percentile(cpu, 0.50), Percentile(cpu, 0.99));
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
