using System.Buffers.Binary;
using Intranet.Media.Models;

namespace Intranet.Media.Services.Inspection;

/// <summary>
/// Walks JPEG marker segments up to the first scan: finds the EXIF orientation (APP1 "Exif") and checks that an
/// end-of-image marker follows the scan data, so a truncated file is refused instead of decoded half grey.
/// </summary>
internal static class JpegStructure
{
    private const byte Sos = 0xDA;
    private const byte App1 = 0xE1;

    public static ImageFacts Read(ReadOnlySpan<byte> data)
    {
        var orientation = 1;
        var pos = 2;
        while (pos + 4 <= data.Length)
        {
            if (data[pos] != 0xFF) break;
            var marker = data[pos + 1];
            if (marker == 0xFF) { pos++; continue; }
            if (marker is 0x01 or >= 0xD0 and <= 0xD7) { pos += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 2)..]);
            if (length < 2 || pos + 2 + length > data.Length) break;
            var payload = data.Slice(pos + 4, length - 2);
            if (marker == App1 && orientation == 1 && payload.StartsWith("Exif\0\0"u8))
                orientation = ExifOrientation.Read(payload);
            if (marker == Sos)
                return new(ImageFormatKind.Jpeg, 1, orientation, HasEndAfter(data, pos + 2 + length));
            pos += 2 + length;
        }
        return new(ImageFormatKind.Jpeg, 1, orientation, IsComplete: false);
    }

    /// <summary>Entropy-coded data escapes 0xFF as FF 00, so FF D9 after the scan header is the end-of-image marker.</summary>
    private static bool HasEndAfter(ReadOnlySpan<byte> data, int start) =>
        data[start..].IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0;
}
