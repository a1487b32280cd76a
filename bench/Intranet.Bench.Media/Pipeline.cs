using Intranet.Core.Hosting;
using Intranet.Media.Models;
using Intranet.Media.Services;
using Intranet.Media.Services.ImageSharp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace Intranet.Bench.Media;

/// <summary>Our upload pipeline minus HTTP and the database row (admit, process, store), and the bare ImageSharp baselines.</summary>
internal sealed class Pipeline
{
    private readonly ImageAdmission _admission;
    private readonly IImageProcessor _processor;
    private readonly ImageWorkLimiter _limiter;
    private readonly IMediaStore _store;

    public Pipeline(string dataPath)
    {
        var options = Options.Create(new MediaOptions());
        // BENCH_JPEG_QUALITY and BENCH_POOL_MB compare other settings against the same bare baseline.
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_JPEG_QUALITY"), out var quality)) options.Value.JpegQuality = quality;
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_POOL_MB"), out var pool)) options.Value.PoolSizeMegabytes = pool;
        _processor = new ImageSharpProcessor(options);
        _admission = new ImageAdmission(_processor, options);
        _limiter = new ImageWorkLimiter(options);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Intranet:DataPath"] = dataPath }).Build();
        _store = new FileSystemMediaStore(new IntranetPaths(configuration, new BenchEnvironment()));
    }

    public async Task OursAsync(byte[] data)
    {
        var (facts, _) = _admission.Admit(data);
        var processed = await _limiter.RunAsync(() => _processor.Process(data, facts.Format, facts.Orientation), CancellationToken.None);
        var id = Guid.NewGuid();
        foreach (var (size, bytes) in processed.Renditions) await _store.SaveAsync(id, size, bytes);
    }

    /// <summary>Refuses (as it must) and returns how long that took.</summary>
    public void Admit(byte[] data) => _admission.Admit(data);

    /// <summary>The literal baseline: load → one resize → save.</summary>
    public static void BareSingle(byte[] data)
    {
        using var image = Image.Load(data);
        image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(1920, 1920), Mode = ResizeMode.Max }));
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
    }

    /// <summary>The like-for-like baseline: the same outputs (re-encoded original + three sizes), default ImageSharp, no checks, no store.</summary>
    public static void BareSameOutputs(byte[] data)
    {
        using var image = Image.Load(data);
        using (var o = new MemoryStream()) image.SaveAsJpeg(o);
        foreach (var (_, side) in MediaSizes.Renditions)
        {
            image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(side, side), Mode = ResizeMode.Max }));
            using var output = new MemoryStream();
            image.SaveAsJpeg(output);
        }
    }

    /// <summary>The image work of ours without the original's encode: load and the three sizes.</summary>
    public static void BareThreeSizes(byte[] data)
    {
        using var image = Image.Load(data);
        foreach (var (_, side) in MediaSizes.Renditions)
        {
            image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(side, side), Mode = ResizeMode.Max }));
            using var output = new MemoryStream();
            image.SaveAsJpeg(output);
        }
    }

    private sealed class BenchEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "bench";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
