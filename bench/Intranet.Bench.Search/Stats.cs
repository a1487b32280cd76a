using System.Diagnostics;

namespace Intranet.Bench.Search;

/// <summary>Runs a query function over the mix single-threaded and reports p50, p99 and queries per second.</summary>
internal static class Stats
{
    public sealed record Result(string Engine, double P50Ms, double P99Ms, double Qps);

    public static Result Measure(string engine, int rounds, Func<BenchQuery, int> run)
    {
        foreach (var q in QueryMix.All) run(q); // warm-up
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
            foreach (var q in QueryMix.All)
            {
                var w = Stopwatch.StartNew();
                run(q);
                times.Add(w.Elapsed.TotalMilliseconds);
            }
        total.Stop();
        times.Sort();
        return new Result(engine, Percentile(times, 0.50), Percentile(times, 0.99), times.Count / total.Elapsed.TotalSeconds);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public static long DirectorySize(string path) =>
        Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    public static double RssMb() { using var p = Process.GetCurrentProcess(); p.Refresh(); return p.WorkingSet64 / 1024.0 / 1024.0; }
}
