using System.Diagnostics;
using Intranet.Bench.Media;
using Intranet.Media.Services;

// Media benchmark. Run in Release: dotnet run -c Release --project bench/Intranet.Bench.Media [-- time|rss|bomb|all]
var mode = args.FirstOrDefault() ?? "all";
var dataPath = Path.Combine(Path.GetTempPath(), "intranett-bench-media", Guid.NewGuid().ToString("N"));
var pipeline = new Pipeline(dataPath);
try
{
    if (mode is "rss") await PeakRssAsync();
    if (mode is "time" or "all") await TimeAsync();
    if (mode is "bomb" or "all") Bomb();
    if (mode is "all") RunRssInChildProcess();
}
finally
{
    try { Directory.Delete(dataPath, true); } catch (IOException) { }
}
return;

async Task TimeAsync()
{
    var photo = BenchImages.Photo12Mp(1);
    Console.WriteLine($"12 MP JPEG: {photo.Length / 1024} kB");
    await pipeline.OursAsync(photo); Pipeline.BareSingle(photo); Pipeline.BareSameOutputs(photo); // warm up
    const int rounds = 5;
    double ours = 0, single = 0, same = 0;
    for (var i = 0; i < rounds; i++)
    {
        ours += await MeasureAsync(() => pipeline.OursAsync(photo));
        single += await MeasureAsync(() => { Pipeline.BareSingle(photo); return Task.CompletedTask; });
        same += await MeasureAsync(() => { Pipeline.BareSameOutputs(photo); return Task.CompletedTask; });
    }
    Console.WriteLine($"ours (identify, orient, strip, original + 3 sizes, encode, store): {ours / rounds:F0} ms");
    Console.WriteLine($"bare load → resize → save (one size):                       {single / rounds:F0} ms  ratio {ours / single:F2}");
    Console.WriteLine($"bare load → same outputs (original + 3 sizes, no checks):      {same / rounds:F0} ms  ratio {ours / same:F2}");
}

void Bomb()
{
    var bomb = BenchImages.PngBomb(20_000);
    var times = new List<double>();
    for (var i = 0; i < 20; i++)
    {
        var watch = Stopwatch.StartNew();
        try { pipeline.Admit(bomb); throw new InvalidOperationException("bomb was admitted"); }
        catch (MediaRejectedException e) when (e.Status == 422) { }
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"20000×20000 PNG bomb ({bomb.Length / 1024} kB, 64 MB of zeros inside): refused in min {times[0]:F2} / median {times[10]:F2} / max {times[^1]:F2} ms over 20 runs (the max is the first, cold call)");
}

async Task PeakRssAsync()
{
    var photos = Enumerable.Range(1, 4).Select(BenchImages.Photo12Mp).ToArray();
    GC.Collect();
    var before = Process.GetCurrentProcess().WorkingSet64;
    await Task.WhenAll(photos.Select(p => Task.Run(() => pipeline.OursAsync(p))));
    var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine($"4 parallel 12 MP uploads: peak RSS {process.PeakWorkingSet64 / (1024 * 1024)} MB (before uploads {before / (1024 * 1024)} MB; process includes the 4 generated inputs)");
}

void RunRssInChildProcess()
{
    var self = Environment.ProcessPath!;
    var start = self.EndsWith("dotnet") ? new ProcessStartInfo(self, [typeof(Pipeline).Assembly.Location, "rss"]) : new ProcessStartInfo(self, ["rss"]);
    start.RedirectStandardOutput = true;
    using var child = Process.Start(start)!;
    Console.Write(child.StandardOutput.ReadToEnd());
    child.WaitForExit();
}

static async Task<double> MeasureAsync(Func<Task> work)
{
    var watch = Stopwatch.StartNew();
    await work();
    return watch.Elapsed.TotalMilliseconds;
}
