using Intranet.Media.Models;

namespace Intranet.Media.Services;

/// <summary>
/// Every call into the image library goes through here, so moving to another library (or a licensed
/// ImageSharp) touches one implementation. Callers pass bytes whose format our own inspector already confirmed.
/// </summary>
public interface IImageProcessor
{
    /// <summary>Dimensions from the header only, with no pixel buffers; null when the library does not recognise it.</summary>
    ImageSize? Identify(byte[] data);

    /// <summary>Decodes, turns upright by <paramref name="orientation"/> (EXIF 1–8), drops all metadata, re-encodes
    /// the original (never a copy of the uploaded bytes), and makes each named size (long side, never upscaled).</summary>
    ProcessedImage Process(byte[] data, ImageFormatKind format, int orientation);
}

public readonly record struct ImageSize(int Width, int Height);

/// <summary>Encoded renditions keyed by size name (<see cref="MediaSizes"/>), with the upright dimensions.</summary>
public sealed record ProcessedImage(int Width, int Height, IReadOnlyDictionary<string, byte[]> Renditions);
