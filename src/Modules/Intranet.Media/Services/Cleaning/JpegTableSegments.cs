namespace Intranet.Media.Services.Cleaning;

/// <summary>
/// Checks that a copied table or scan header is exactly its defined content, with no spare bytes: the segments
/// we copy verbatim must not become a place to carry data the metadata strip is meant to remove.
/// </summary>
internal static class JpegTableSegments
{
    private const byte Dht = 0xC4, Dqt = 0xDB, Dri = 0xDD, Sos = 0xDA;

    public static bool IsExact(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        Dqt => IsQuantisationTables(payload),
        Dht => IsHuffmanTables(payload),
        Dri => payload.Length == 2,
        Sos => payload.Length >= 1 && payload[0] is >= 1 and <= 4 && payload.Length == 1 + (2 * payload[0]) + 3,
        _ => false,
    };

    /// <summary>One or more tables: precision/id byte, then 64 entries of 1 (precision 0) or 2 (precision 1) bytes.</summary>
    private static bool IsQuantisationTables(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty) return false;
        while (!payload.IsEmpty)
        {
            var (precision, id) = (payload[0] >> 4, payload[0] & 0x0F);
            if (precision > 1 || id > 3) return false;
            var size = 1 + (64 * (precision + 1));
            if (payload.Length < size) return false;
            payload = payload[size..];
        }
        return true;
    }

    /// <summary>One or more tables: class/id byte, 16 code-length counts, then as many symbols as the counts add up to.</summary>
    private static bool IsHuffmanTables(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty) return false;
        while (!payload.IsEmpty)
        {
            var (tableClass, id) = (payload[0] >> 4, payload[0] & 0x0F);
            if (tableClass > 1 || id > 3 || payload.Length < 17) return false;
            var symbols = 0;
            foreach (var count in payload.Slice(1, 16)) symbols += count;
            if (symbols > 256 || payload.Length < 17 + symbols) return false;
            payload = payload[(17 + symbols)..];
        }
        return true;
    }
}
