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
}
