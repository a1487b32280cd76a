using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Png;

namespace Intranet.Media.Services.ImageSharp;

/// <summary>
/// Drops every metadata block before encoding: EXIF (with GPS), XMP, IPTC, ICC, PNG text and GIF comments.
/// The decoders already ignore metadata; this is the second lock on the same door.
/// </summary>
internal static class MetadataStripper
{
    public static void Strip(Image image)
    {
        var metadata = image.Metadata;
        metadata.ExifProfile = null;
        metadata.XmpProfile = null;
        metadata.IptcProfile = null;
        metadata.IccProfile = null;
        metadata.GetPngMetadata().TextData.Clear();
        metadata.GetGifMetadata().Comments.Clear();
        foreach (ImageFrame frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }
}
