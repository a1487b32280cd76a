namespace Intranet.Media.Services;

/// <summary>Upload limits (configuration section <c>Intranet:Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Intranet:Media";

    /// <summary>Largest file we take; bigger uploads get 413 (checked while streaming, before any decoding).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Width × height × frames above this is refused with 422 before pixels are allocated.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    public int MaxFrames { get; set; } = 100;

    /// <summary>How many images are decoded and encoded at once; parallel uploads wait their turn.</summary>
    public int MaxConcurrentProcessing { get; set; } = 2;

    /// <summary>The image library's cap on any single allocation: a last line of defence behind MaxPixels.</summary>
    public int AllocationLimitMegabytes { get; set; } = 256;

    /// <summary>
    /// How much memory the image library keeps pooled between uploads (ImageSharp trims it when idle). 128 MB holds a
    /// decoded 12 MP photo and its turned copy, so a phone's portrait photo is not turned into fresh, unpooled pages:
    /// 10 % faster for turned photos than 64 MB, the same peak RSS (docs/benchmarks.md, Media).
    /// </summary>
    public int PoolSizeMegabytes { get; set; } = 128;

    /// <summary>
    /// JPEG (and lossy WebP) quality for the original and every size. 75 is the default of libjpeg, ImageSharp and
    /// Drupal's image toolkit: no visible loss at the sizes we serve, and the 12 MP original's encode (the slowest
    /// step) takes ~40 % less time than at 85 (docs/benchmarks.md, Media).
    /// </summary>
    public int JpegQuality { get; set; } = 75;

    /// <summary>
    /// Where renditions live: <c>FileSystem</c> (under the data path; one node) or <c>Database</c> (every node).
    /// Empty: Database when the provider is PostgreSQL, else FileSystem.
    /// </summary>
    public string? Store { get; set; }
}
