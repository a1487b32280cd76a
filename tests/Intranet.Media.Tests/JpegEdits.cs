using System.Text;

namespace Intranet.Media.Tests;

/// <summary>Builds hostile and metadata-laden JPEGs from a generated one by splicing raw bytes.</summary>
public static class JpegEdits
{
    public static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];

    public static byte[] Segment(byte marker, string payload) => Segment(marker, Encoding.Latin1.GetBytes(payload));

    public static byte[] AfterSoi(byte[] jpeg, params byte[][] inserts) => [.. jpeg[..2], .. inserts.SelectMany(b => b), .. jpeg[2..]];

    /// <summary>Inserts just before the final end-of-image marker (so after the entropy-coded data).</summary>
    public static byte[] BeforeEoi(byte[] jpeg, params byte[][] inserts) => [.. jpeg[..^2], .. inserts.SelectMany(b => b), .. jpeg[^2..]];

    public static byte[] At(byte[] jpeg, int offset, byte[] insert) => [.. jpeg[..offset], .. insert, .. jpeg[offset..]];

    /// <summary>Offset of the first marker segment of that type before the scan data, or -1.</summary>
    public static int OffsetOf(byte[] jpeg, byte marker)
    {
        var pos = 2;
        while (pos + 4 <= jpeg.Length && jpeg[pos] == 0xFF)
        {
            if (jpeg[pos + 1] == marker) return pos;
            if (jpeg[pos + 1] == 0xDA) break;
            pos += 2 + ((jpeg[pos + 2] << 8) | jpeg[pos + 3]);
        }
        return -1;
    }

    /// <summary>The IPTC shape: Photoshop APP13 with an 8BIM resource holding a caption.</summary>
    public static byte[] Iptc(string text) => Segment(0xED, "Photoshop 3.0\0" + "8BIM\x04\x04\0\0\0\0\0\x20" + "\x1c\x02\x78\0\x10" + text.PadRight(16)[..16] + "\0\0\0\0\0\0\0\0\0\0\0");

    public static byte[] Comment(string text) => Segment(0xFE, text);

    /// <summary>An Adobe APP14 with transform 1 (YCbCr), padded past its 12 bytes as some writers do.</summary>
    public static byte[] Adobe() => Segment(0xEE, [.. "Adobe"u8, 0, 100, 0, 0, 0, 0, 1, .. "Hemmelig tillegg"u8]);

    /// <summary>EXIF/XMP/ICC (from the generator) plus IPTC, Adobe, comments before and after the scan, and a trailer.</summary>
    public static byte[] Laden(byte[] jpeg)
    {
        var laden = AfterSoi(jpeg, Iptc("Hemmelig sted"), Comment("Hemmelig kommentar"), Adobe(),
            Segment(0xE2, "MPF\0Hemmelig bilde"), Segment(0xEB, "Hemmelig JUMBF"));
        laden = BeforeEoi(laden, Comment("Hemmelig etter skanningen"), Segment(0xE1, "Exif\0\0Hemmelig"));
        return [.. laden, .. Encoding.Latin1.GetBytes("ftypmp42 Hemmelig video etter slutten")];
    }
}
