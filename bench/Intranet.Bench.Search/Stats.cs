using System.Diagnostics;

namespace Intranet.Bench.Search;

/// <summary>
/// Times every engine on the query mix single-threaded, interleaved round by round so that the noise of a shared
/// machine hits all engines alike, and reports p50, p99 and queries per second.
/// </summary>
internal static class Stats
{
    public sealed record Engine(string Name, Func<BenchQuery, int> Run, int EveryNthRound = 1);

    public sealed record Result(string Engine, double P50Ms, double P99Ms, double Qps, int Queries);

    public static List<Result> Measure(IReadOnlyList<Engine> engines, int rounds)
    {
        var times = engines.Select(_ => new List<double>()).ToList();
        foreach (var engine in engines)
            foreach (var q in QueryMix.All) engine.Run(q); // warm-up
        for (var r = 0; r < rounds; r++)
            for (var e = 0; e < engines.Count; e++)
            {
                if (r % engines[e].EveryNthRound != 0) continue;
                foreach (var q in QueryMix.All)
                {
                    var w = Stopwatch.StartNew();
                    engines[e].Run(q);
                    times[e].Add(w.Elapsed.TotalMilliseconds);
                }
            }
        return [.. engines.Select((e, i) => Summarise(e.Name, times[i]))];
    }

    private static Result Summarise(string engine, List<double> times)
    {
        times.Sort();
        return new Result(engine, Percentile(times, 0.50), Percentile(times, 0.99), times.Count / (times.Sum() / 1000), times.Count);
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
