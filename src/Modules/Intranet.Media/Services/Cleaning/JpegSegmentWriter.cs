using System.Buffers.Binary;

namespace Intranet.Media.Services.Cleaning;

/// <summary>
/// Writes JPEG markers and segments into one buffer sized to the input: the cleaned copy only drops or shortens
/// segments, so it never grows past the original (a longer write would throw, not overrun).
/// </summary>
internal sealed class JpegSegmentWriter(int capacity)
{
    // Every byte up to _length is written before it is read, so the buffer need not be zeroed first.
    private readonly byte[] _buffer = GC.AllocateUninitializedArray<byte>(capacity);
    private int _length;

    public void Marker(byte marker)
    {
        var span = Take(2);
        span[0] = 0xFF;
        span[1] = marker;
    }

    /// <summary>A marker with its length field and payload.</summary>
    public void Segment(byte marker, ReadOnlySpan<byte> payload)
    {
        Marker(marker);
        BinaryPrimitives.WriteUInt16BigEndian(Take(2), (ushort)(payload.Length + 2));
        payload.CopyTo(Take(payload.Length));
    }

    /// <summary>JFIF APP0 with the source's version, units and densities, and no thumbnail.</summary>
    public void MinimalJfif(ReadOnlySpan<byte> versionUnitsDensities)
    {
        Span<byte> payload = stackalloc byte[14];
        "JFIF\0"u8.CopyTo(payload);
        versionUnitsDensities[..7].CopyTo(payload[5..]);
        payload[12] = 0;
        payload[13] = 0;
        Segment(0xE0, payload);
    }

    public void Raw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));

    /// <summary>The written bytes: the buffer itself when it is exactly full, else a copy of the used part.</summary>
    public byte[] ToArray() => _length == _buffer.Length ? _buffer : _buffer.AsSpan(0, _length).ToArray();

    private Span<byte> Take(int count)
    {
        if (count > _buffer.Length - _length) throw new InvalidOperationException("Cleaned JPEG would outgrow its source");
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
