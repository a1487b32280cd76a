using Intranet.Media.Services.Inspection;
using Microsoft.Extensions.Options;

namespace Intranet.Media.Services;

/// <summary>
/// Everything we check before any pixel is decoded: format by magic bytes, structure (frames, truncation),
/// then the library's header-only Identify for dimensions. Cheap, so a decompression bomb is refused fast.
/// </summary>
public sealed class ImageAdmission(IImageProcessor images, IOptions<MediaOptions> options)
{
    private readonly MediaOptions _options = options.Value;

    public (ImageFacts Facts, ImageSize Size) Admit(byte[] data)
    {
        var facts = ImageInspector.Inspect(data) ?? throw MediaRejectedException.Unsupported();
        ImageSize? size;
        try
        {
            size = images.Identify(data);
        }
        catch (UnreadableImageException)
        {
            throw Damaged();
        }
        if (size is not { } s || s.Width <= 0 || s.Height <= 0) throw MediaRejectedException.Unsupported();
        if (facts.FrameCount > _options.MaxFrames)
            throw MediaRejectedException.Unsafe($"Animasjonen har for mange bilder ({facts.FrameCount}); grensen er {_options.MaxFrames}.");
        var pixels = (long)s.Width * s.Height * Math.Max(1, facts.FrameCount);
        if (pixels > _options.MaxPixels)
            throw MediaRejectedException.Unsafe(
                $"Bildet er for stort ({s.Width} × {s.Height} piksler); grensen er {_options.MaxPixels / 1_000_000} megapiksler.");
        if (!facts.IsComplete) throw Damaged();
        return (facts, s);
    }

    public static MediaRejectedException Damaged() =>
        MediaRejectedException.Unsafe("Bildefilen er skadet eller ufullstendig. Prøv å lagre bildet på nytt og last det opp igjen.");
}
