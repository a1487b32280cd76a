using System.Buffers.Binary;

namespace Intranet.Media.Services.Inspection;

/// <summary>
/// Reads only the Orientation tag (0x0112) from IFD0 of a TIFF-structured EXIF block. We read it ourselves so
/// the decoders can run with metadata ignored: no EXIF, XMP, IPTC or ICC parsing inside the image library.
/// </summary>
public static class ExifOrientation
{
    private const ushort OrientationTag = 0x0112;
    private const int MaxEntries = 1024;

    /// <summary>1 (upright) to 8; 1 when absent or malformed.</summary>
    public static int Read(ReadOnlySpan<byte> tiff)
    {
        if (tiff.StartsWith("Exif\0\0"u8)) tiff = tiff[6..];
        if (tiff.Length < 8) return 1;
        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I') little = true;
        else if (tiff[0] == 'M' && tiff[1] == 'M') little = false;
        else return 1;
        var ifd = U32(tiff[4..], little);
        if (ifd < 8 || ifd > tiff.Length - 2) return 1;
        var count = Math.Min((int)U16(tiff[(int)ifd..], little), MaxEntries);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (12 * i);
            if (entry + 12 > tiff.Length) return 1;
            if (U16(tiff[entry..], little) != OrientationTag) continue;
            var value = U16(tiff[(entry + 8)..], little);
            return value is >= 1 and <= 8 ? value : 1;
        }
        return 1;
    }

    private static ushort U16(ReadOnlySpan<byte> s, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);

    private static uint U32(ReadOnlySpan<byte> s, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
}
