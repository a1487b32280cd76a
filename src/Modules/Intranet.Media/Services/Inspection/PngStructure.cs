using System.Buffers.Binary;
using Intranet.Media.Models;

namespace Intranet.Media.Services.Inspection;

/// <summary>Walks PNG chunks: the eXIf orientation, and whether the IEND chunk is there (not truncated).</summary>
internal static class PngStructure
{
    private const int MaxChunks = 100_000;

    public static ImageFacts Read(ReadOnlySpan<byte> data)
    {
        var orientation = 1;
        var pos = 8;
        for (var n = 0; n < MaxChunks && pos + 12 <= data.Length; n++)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[pos..]);
            if (length > int.MaxValue || pos + 12L + length > data.Length) break;
            var type = data.Slice(pos + 4, 4);
            if (type.SequenceEqual("IEND"u8)) return new(ImageFormatKind.Png, 1, orientation, IsComplete: true);
            if (type.SequenceEqual("eXIf"u8)) orientation = ExifOrientation.Read(data.Slice(pos + 8, (int)length));
            pos += 12 + (int)length;
        }
        return new(ImageFormatKind.Png, 1, orientation, IsComplete: false);
    }
}
