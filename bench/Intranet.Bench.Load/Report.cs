using System.Diagnostics;

namespace Intranet.Bench.Load;

/// <summary>Prints the figures as Markdown, ready for docs/benchmarks.md.</summary>
internal static class Report
{
    public static void SideBySide(IReadOnlyList<Stats> results, int workers, int seconds)
    {
        var hello = results[0].Rps;
        Console.WriteLine($"\n{workers} concurrent workers, {seconds} s each after a 3 s warm-up:\n");
        Console.WriteLine("| target | rps | p50 ms | p99 ms | × hello-world | errors |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var s in results)
            Console.WriteLine($"| {s.Name} | {s.Rps:F0} | {s.Percentile(0.5):F1} | {s.Percentile(0.99):F1} | {s.Rps / hello:F2} | {s.ErrorSummary()} |");
    }

    public static void Mixed(Stats s, int users, int seconds, IDictionary<string, int> operations, int created, int found, int approved, int published)
    {
        Console.WriteLine($"\nMixed run: {users} users, {seconds} s: {s.Requests} requests ({s.Rps:F0} rps), p50 {s.Percentile(0.5):F1} ms, " +
                          $"p99 {s.Percentile(0.99):F1} ms, errors: {s.ErrorSummary()}");
        Console.WriteLine("Operations: " + string.Join(", ", operations.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Console.WriteLine($"Stories created (201): {created}; found in the database afterwards: {found}; approved: {approved}; published afterwards: {published}");
    }

    public static void Machine(string when)
    {
        Console.WriteLine($"Machine ({when}): nproc {Environment.ProcessorCount}; {Model()}; load average {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    private static string Model()
    {
        try
        {
            var info = Process.Start(new ProcessStartInfo("lscpu") { RedirectStandardOutput = true })!;
            var text = info.StandardOutput.ReadToEnd();
            info.WaitForExit();
            return text.Split('\n').FirstOrDefault(l => l.StartsWith("Model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";
        }
        catch (Exception) { return "lscpu unavailable"; }
    }
}
