using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;

namespace Intranet.Media.Services.ImageSharp;

/// <summary>
/// A narrowed ImageSharp: only JPEG, PNG, GIF and WebP are registered (no TIFF, BMP, TGA or PBM parser is
/// reachable), every decoder ignores metadata (so EXIF, XMP, IPTC and ICC are never parsed; we read the EXIF
/// orientation ourselves), GIF frames are capped, and allocations are bounded.
/// </summary>
internal static class ImageSharpConfigurationFactory
{
    public static Configuration Create(MediaOptions options)
    {
        var configuration = new Configuration(
            new JpegConfigurationModule(),
            new PngConfigurationModule(),
            new GifConfigurationModule(),
            new WebpConfigurationModule());
        var formats = configuration.ImageFormatsManager;
        formats.SetDecoder(JpegFormat.Instance, new JpegDecoder { IgnoreMetadata = true });
        formats.SetDecoder(PngFormat.Instance, new PngDecoder { IgnoreMetadata = true });
        formats.SetDecoder(WebpFormat.Instance, new WebpDecoder { IgnoreMetadata = true });
        formats.SetDecoder(GifFormat.Instance, new GifDecoder
        {
            IgnoreMetadata = true,
            DecodingMode = FrameDecodingMode.All,
            MaxFrames = (uint)Math.Max(1, options.MaxFrames),
        });
        configuration.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
        {
            AllocationLimitMegabytes = options.AllocationLimitMegabytes,
            MaximumPoolSizeMegabytes = options.PoolSizeMegabytes,
        });
        return configuration;
    }
}
