using System.Text;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>Lists a JPEG's marker segments before the scan, to prove which metadata blocks a file carries.</summary>
public static class JpegSegments
{
    public const byte App1 = 0xE1; // EXIF, XMP
    public const byte App2 = 0xE2; // ICC
    public const byte App13 = 0xED; // IPTC

    public static IReadOnlyList<byte> Markers(byte[] jpeg)
    {
        var markers = new List<byte>();
        var pos = 2;
        while (pos + 4 <= jpeg.Length && jpeg[pos] == 0xFF)
        {
            var marker = jpeg[pos + 1];
            markers.Add(marker);
            if (marker == 0xDA) break;
            pos += 2 + ((jpeg[pos + 2] << 8) | jpeg[pos + 3]);
        }
        return markers;
    }

    /// <summary>The luma component's sampling factors from the frame header: 0x22 for 4:2:0, 0x11 for 4:4:4.</summary>
    public static byte LumaSampling(byte[] jpeg)
    {
        var pos = 2;
        while (pos + 4 <= jpeg.Length && jpeg[pos] == 0xFF)
        {
            if (jpeg[pos + 1] is 0xC0 or 0xC1 or 0xC2) return jpeg[pos + 11];
            pos += 2 + ((jpeg[pos + 2] << 8) | jpeg[pos + 3]);
        }
        throw new InvalidOperationException("No frame header");
    }

    /// <summary>Where the first scan's coded data starts.</summary>
    public static int ScanDataOffset(byte[] jpeg)
    {
        var pos = 2;
        while (pos + 4 <= jpeg.Length && jpeg[pos] == 0xFF)
        {
            var length = (jpeg[pos + 2] << 8) | jpeg[pos + 3];
            if (jpeg[pos + 1] == 0xDA) return pos + 2 + length;
            pos += 2 + length;
        }
        throw new InvalidOperationException("No scan");
    }

    public static void AssertNoMetadataText(byte[] jpeg)
    {
        var text = Encoding.Latin1.GetString(jpeg);
        foreach (var secret in new[] { "Hemmelig", "Exif", "ICC_PROFILE", "xmpmeta", "Photoshop", "8BIM", "MPF", "ftyp" })
            Assert.DoesNotContain(secret, text);
    }
}
