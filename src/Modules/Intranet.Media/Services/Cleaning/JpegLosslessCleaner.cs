using System.Buffers.Binary;

namespace Intranet.Media.Services.Cleaning;

/// <summary>
/// Makes the cleaned original of an upright JPEG without re-encoding it: copies the quantisation and Huffman
/// tables, frame and scan headers and the entropy-coded data byte for byte, and drops every APPn segment (EXIF with
/// GPS, XMP, ICC, IPTC, MPF, maker data…) and every comment, before and between scans, plus anything after the
/// end-of-image marker (appended motion-photo videos, MPF secondary images, polyglot trailers). Tables and scan
/// headers must be exactly their defined size, so they carry nothing extra. Only a minimal
/// JFIF APP0 (no embedded thumbnail) and the 12-byte Adobe APP14 are rewritten, because decoders read the colour
/// transform from them; the pixels decode exactly as before.
/// Anything outside the plain case (arithmetic, lossless or hierarchical coding, not 8-bit 1- or 3-component,
/// a missing end marker, a malformed length) returns null and the caller re-encodes instead. Every read is bounds
/// checked; each step moves forward, so the walk is linear in the input.
/// </summary>
internal static class JpegLosslessCleaner
{
    private const byte Soi = 0xD8, Eoi = 0xD9, Sos = 0xDA, Dqt = 0xDB, Dht = 0xC4, Dri = 0xDD, Com = 0xFE;
    private const byte App0 = 0xE0, App14 = 0xEE, App15 = 0xEF;

    /// <summary>The cleaned copy, or null when the file is not in the plain case we copy losslessly.</summary>
    public static byte[]? TryClean(ReadOnlySpan<byte> jpeg, int width, int height)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != Soi) return null;
        var output = new JpegSegmentWriter(jpeg.Length);
        output.Marker(Soi);
        var pos = 2;
        var (sawFrame, sawScan, sawJfif, sawAdobe) = (false, false, false, false);
        while (true)
        {
            if (pos >= jpeg.Length || jpeg[pos] != 0xFF) return null; // only markers may follow a segment
            while (pos < jpeg.Length && jpeg[pos] == 0xFF) pos++; // fill bytes
            if (pos >= jpeg.Length) return null;
            var marker = jpeg[pos++];
            if (marker == Eoi)
            {
                if (!sawScan) return null;
                output.Marker(Eoi);
                return output.ToArray(); // whatever follows the end marker is dropped
            }
            if (!HasParameters(marker)) return null; // SOI again, RSTn outside a scan, TEM, 0x00
            if (pos + 2 > jpeg.Length) return null;
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[pos..]);
            if (length < 2 || length > jpeg.Length - pos) return null;
            var payload = jpeg.Slice(pos + 2, length - 2);
            pos += length;
            switch (marker)
            {
                case App0:
                    if (!sawJfif && payload.Length >= 14 && payload.StartsWith("JFIF\0"u8))
                    {
                        sawJfif = true;
                        output.MinimalJfif(payload[5..12]); // version, units, densities; thumbnail size 0 × 0
                    }
                    break;
                case App14:
                    if (!sawAdobe && payload.Length >= 12 && payload.StartsWith("Adobe"u8))
                    {
                        sawAdobe = true;
                        output.Segment(App14, payload[..12]); // version, flags, colour transform
                    }
                    break;
                case > App0 and <= App15 or Com:
                    break; // metadata: dropped
                case Dqt or Dht or Dri:
                    if (!JpegTableSegments.IsExact(marker, payload)) return null;
                    output.Segment(marker, payload);
                    break;
                case 0xC0 or 0xC1 or 0xC2: // baseline, extended or progressive Huffman
                    if (sawFrame || !IsPlainFrame(payload, width, height)) return null;
                    sawFrame = true;
                    output.Segment(marker, payload);
                    break;
                case Sos:
                    if (!sawFrame || !JpegTableSegments.IsExact(marker, payload)) return null;
                    output.Segment(marker, payload);
                    var end = EndOfEntropyData(jpeg, pos);
                    if (end < 0) return null;
                    output.Raw(jpeg[pos..end]);
                    pos = end;
                    sawScan = true;
                    break;
                default:
                    return null; // other frame types, DNL, DAC, EXP, DHP, JPGn, reserved
            }
        }
    }

    /// <summary>Markers without a length field: SOI, EOI, RSTn, TEM, and 0x00 (not a marker).</summary>
    private static bool HasParameters(byte marker) => marker is not (0x00 or 0x01 or Soi or Eoi or >= 0xD0 and <= 0xD7);

    /// <summary>8-bit samples, greyscale or three components, and the size the decoder reported.</summary>
    private static bool IsPlainFrame(ReadOnlySpan<byte> frame, int width, int height)
    {
        if (frame.Length < 6) return false;
        var components = frame[5];
        return frame[0] == 8
            && BinaryPrimitives.ReadUInt16BigEndian(frame[1..]) == height
            && BinaryPrimitives.ReadUInt16BigEndian(frame[3..]) == width
            && components is 1 or 3
            && frame.Length == 6 + (3 * components);
    }

    /// <summary>
    /// Where the entropy-coded data after a scan header ends: at the first 0xFF that is not a stuffed 0xFF 0x00 or a
    /// restart marker. Returns -1 when the data runs to the end of the file (truncated).
    /// </summary>
    private static int EndOfEntropyData(ReadOnlySpan<byte> jpeg, int start)
    {
        var pos = start;
        while (true)
        {
            var next = jpeg[pos..].IndexOf((byte)0xFF);
            if (next < 0) return -1;
            pos += next;
            if (pos + 1 >= jpeg.Length) return -1;
            var following = jpeg[pos + 1];
            if (following == 0x00 || following is >= 0xD0 and <= 0xD7) pos += 2;
            else return pos;
        }
    }
}
