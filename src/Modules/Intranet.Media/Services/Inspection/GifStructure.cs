using Intranet.Media.Models;

namespace Intranet.Media.Services.Inspection;

/// <summary>
/// Counts GIF frames by walking its blocks (image descriptors and extensions) without LZW decoding,
/// so an animation with too many frames is refused before the decoder allocates any of them.
/// </summary>
internal static class GifStructure
{
    private const byte Extension = 0x21;
    private const byte ImageDescriptor = 0x2C;
    private const byte Trailer = 0x3B;

    public static ImageFacts Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 13) return new(ImageFormatKind.Gif, 0, 1, false);
        var pos = 13 + ColorTableSize(data[10]);
        var frames = 0;
        while (pos < data.Length)
        {
            switch (data[pos])
            {
                case Extension:
                    pos = SkipSubBlocks(data, pos + 2);
                    break;
                case ImageDescriptor:
                    if (pos + 10 > data.Length) return Incomplete(frames);
                    frames++;
                    pos = SkipSubBlocks(data, pos + 10 + ColorTableSize(data[pos + 9]) + 1);
                    break;
                case Trailer:
                    return new(ImageFormatKind.Gif, frames, 1, IsComplete: frames > 0);
                default:
                    return Incomplete(frames);
            }
        }
        return Incomplete(frames);
    }

    private static ImageFacts Incomplete(int frames) => new(ImageFormatKind.Gif, frames, 1, IsComplete: false);

    private static int ColorTableSize(byte flags) => (flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1));

    /// <summary>Returns the position after the block terminator, or past the end when the data stops early.</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int pos)
    {
        while (pos < data.Length)
        {
            var size = data[pos];
            pos += 1 + size;
            if (size == 0) return pos;
        }
        return data.Length;
    }
}
