using System.Buffers.Binary;
using Intranet.Media.Models;

namespace Intranet.Media.Services.Inspection;

/// <summary>Walks WebP's RIFF chunks: animation frames (ANMF), the EXIF orientation, and the declared length.</summary>
internal static class WebpStructure
{
    private const int MaxChunks = 100_000;

    public static ImageFacts Read(ReadOnlySpan<byte> data)
    {
        var riffLength = 8L + BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        var frames = 0;
        var orientation = 1;
        var pos = 12;
        for (var n = 0; n < MaxChunks && pos + 8 <= data.Length; n++)
        {
            var type = data.Slice(pos, 4);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 4)..]);
            if (pos + 8L + length > data.Length) break;
            if (type.SequenceEqual("ANMF"u8)) frames++;
            if (type.SequenceEqual("EXIF"u8)) orientation = ExifOrientation.Read(data.Slice(pos + 8, (int)length));
            pos += 8 + (int)length + (int)(length & 1);
        }
        var complete = riffLength <= data.Length && pos >= Math.Min(riffLength, data.Length);
        return new(ImageFormatKind.Webp, Math.Max(frames, 1), orientation, complete);
    }
}
