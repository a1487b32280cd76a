using Intranet.Media.Models;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Intranet.Media.Services.ImageSharp;

/// <summary>The one place that calls ImageSharp (2.1.13), with the narrowed configuration.</summary>
internal sealed class ImageSharpProcessor : IImageProcessor
{
    private readonly Configuration _configuration;
    private readonly MediaOptions _options;

    public ImageSharpProcessor(IOptions<MediaOptions> options)
    {
        _options = options.Value;
        _configuration = ImageSharpConfigurationFactory.Create(_options);
    }

    public ImageSize? Identify(byte[] data)
    {
        try
        {
            var info = Image.Identify(_configuration, data, out _);
            return info is null ? null : new ImageSize(info.Width, info.Height);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UnreadableImageException("Identify failed", e);
        }
    }

    public ProcessedImage Process(byte[] data, ImageFormatKind format, int orientation)
    {
        try
        {
            // JPEG has no alpha: three bytes a pixel instead of four keeps peak memory down.
            return format == ImageFormatKind.Jpeg
                ? Run<Rgb24>(data, format, orientation)
                : Run<Rgba32>(data, format, orientation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UnreadableImageException("Processing failed", e);
        }
    }

    private ProcessedImage Run<TPixel>(byte[] data, ImageFormatKind format, int orientation)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        using var image = Image.Load<TPixel>(_configuration, data);
        MetadataStripper.Strip(image);
        var encoder = EncoderFor(format);
        var (width, height) = UprightTurn.SwapsSides(orientation) ? (image.Height, image.Width) : (image.Width, image.Height);
        // Every original is re-encoded, so nothing hidden in the uploaded coded data is stored or served. That
        // full-size encode is single-threaded and the slowest step; it only reads the pixels (a turned photo turns
        // its own copy), so it runs beside the resizes, which read the unturned image and turn their small copies.
        var original = Task.Run(() => EncodeOriginal(image, encoder, orientation));
        var renditions = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            ResizeChain(image, orientation, encoder, renditions);
        }
        finally
        {
            renditions[MediaSizes.Original] = original.GetAwaiter().GetResult();
        }
        foreach (var (name, _) in MediaSizes.Renditions) renditions.TryAdd(name, renditions[MediaSizes.Original]);
        return new ProcessedImage(width, height, renditions);
    }

    private static byte[] EncodeOriginal<TPixel>(Image<TPixel> image, IImageEncoder encoder, int orientation)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        if (!UprightTurn.IsNeeded(orientation)) return Encode(image, encoder);
        using var upright = UprightTurn.Turned(image, orientation);
        return Encode(upright, encoder);
    }

    /// <summary>
    /// Largest first, each resized from the previous one: cheaper than from the original and, with bicubic, within
    /// 1.3 dB of a direct Lanczos resize (docs/benchmarks.md). A turned photo is resized before it is turned, which
    /// is the same pixels for a fraction of the work. Each size is encoded on the thread pool while the next
    /// is resized from it; both only read it. Sizes the image does not exceed are left out and filled with the
    /// original (never upscaled). Concurrency stays bounded: at most four encodes per image (the original's and
    /// three sizes), under the limiter.
    /// </summary>
    private static void ResizeChain<TPixel>(Image<TPixel> source, int orientation, IImageEncoder encoder, Dictionary<string, byte[]> renditions)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var resized = new List<Image<TPixel>>();
        var encodes = new List<(string Name, Task<byte[]> Bytes)>();
        try
        {
            var basis = source;
            Task<byte[]>? last = null;
            foreach (var (name, longSide) in MediaSizes.Renditions)
            {
                if (Math.Max(basis.Width, basis.Height) > longSide)
                {
                    var options = new ResizeOptions { Size = new Size(longSide, longSide), Mode = ResizeMode.Max, Sampler = KnownResamplers.Bicubic };
                    // Only the first size is made from the unturned source; turning it turns the rest of the chain.
                    var next = basis.Clone(x => x.Resize(options));
                    resized.Add(next);
                    if (basis == source && UprightTurn.IsNeeded(orientation))
                    {
                        next = UprightTurn.Turned(next, orientation);
                        resized.Add(next);
                    }
                    last = Task.Run(() => Encode(next, encoder));
                    basis = next;
                }
                if (last is not null) encodes.Add((name, last));
            }
        }
        finally
        {
            // The images may only go once no encode reads them; a failure is rethrown below, unwrapped.
            try { Task.WaitAll(encodes.Select(e => e.Bytes)); } catch (AggregateException) { }
            foreach (var image in resized) image.Dispose();
        }
        foreach (var (name, bytes) in encodes) renditions[name] = bytes.GetAwaiter().GetResult();
    }

    private IImageEncoder EncoderFor(ImageFormatKind format) => format switch
    {
        // 4:2:0 chroma for every size, the original included: what cameras write, and half the colour work of 4:4:4.
        ImageFormatKind.Jpeg => new JpegEncoder { Quality = _options.JpegQuality, ColorType = JpegColorType.YCbCrRatio420 },
        ImageFormatKind.Png => new PngEncoder(),
        ImageFormatKind.Gif => new GifEncoder(),
        _ => new WebpEncoder { FileFormat = WebpFileFormatType.Lossy, Quality = _options.JpegQuality },
    };

    private static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }
}
