namespace Intranet.Bench.Load;

/// <summary>
/// Polls /proc/&lt;pid&gt;/status (Linux) and keeps the highest resident set seen, split into anonymous memory (GC heap,
/// native allocations) and file-backed pages (mapped assemblies and the memory-mapped Lucene index, which the
/// kernel can drop and re-read), so a peak can be explained and not only reported.
/// </summary>
internal sealed class RssSampler : IDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RssSampler(int pid)
    {
        _pid = pid;
        _loop = Task.Run(LoopAsync);
    }

    public double MaxRssMb { get; private set; }
    public double MaxAnonMb { get; private set; }
    public double MaxFileMb { get; private set; }
    /// <summary>The file-backed part at the moment of the highest total.</summary>
    public double FileAtMaxMb { get; private set; }

    public string Summary() =>
        $"peak RSS {MaxRssMb:F0} MB sampled (anonymous ≤ {MaxAnonMb:F0} MB, file-backed ≤ {MaxFileMb:F0} MB; file-backed at the peak {FileAtMaxMb:F0} MB)";

    /// <summary>Starts a new peak (the mixed run after the side-by-side runs).</summary>
    public void Reset() => (MaxRssMb, MaxAnonMb, MaxFileMb, FileAtMaxMb) = (0, 0, 0, 0);

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try { Sample(); } catch (IOException) { return; }
            try { await Task.Delay(200, _stop.Token); } catch (OperationCanceledException) { return; }
        }
    }

    private void Sample()
    {
        double rss = 0, anon = 0, file = 0;
        foreach (var line in File.ReadLines($"/proc/{_pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line);
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kb(line);
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal)) file = Kb(line);
        }
        if (rss > MaxRssMb) { MaxRssMb = rss; FileAtMaxMb = file; }
        MaxAnonMb = Math.Max(MaxAnonMb, anon);
        MaxFileMb = Math.Max(MaxFileMb, file);
    }

    private static double Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;

    public void Dispose()
    {
        _stop.Cancel();
        try { _loop.Wait(TimeSpan.FromSeconds(1)); } catch (AggregateException) { }
    }
}
