using Intranet.Media.Models;

namespace Intranet.Media.Services.Inspection;

/// <summary>
/// Identifies an upload by its magic bytes (never by name or declared type) and reads the few structural facts
/// we need. These readers only walk container structure with bounds checks; they never decode pixels and never
/// touch ICC, XMP or IPTC data. EXIF is read for its orientation tag only.
/// </summary>
public static class ImageInspector
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageFormatKind? DetectFormat(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) return ImageFormatKind.Jpeg;
        if (data.StartsWith(PngSignature)) return ImageFormatKind.Png;
        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8)) return ImageFormatKind.Gif;
        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8)) return ImageFormatKind.Webp;
        return null;
    }

    /// <summary>The facts, or null when the bytes are not one of the formats we take.</summary>
    public static ImageFacts? Inspect(ReadOnlySpan<byte> data) => DetectFormat(data) switch
    {
        ImageFormatKind.Jpeg => JpegStructure.Read(data),
        ImageFormatKind.Png => PngStructure.Read(data),
        ImageFormatKind.Gif => GifStructure.Read(data),
        ImageFormatKind.Webp => WebpStructure.Read(data),
        _ => null,
    };
}
