using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Intranet.Bench.Media;

/// <summary>Generated inputs: a 12 MP photo-like JPEG (gradients plus noise, so it compresses like a photo) and a PNG bomb.</summary>
internal static class BenchImages
{
    public static byte[] Photo12Mp(int seed) => Photo12Mp(seed, orientation: 1);

    /// <summary>With an EXIF orientation other than 1 the pipeline must turn the pixels (each size and the original).</summary>
    public static byte[] Photo12Mp(int seed, ushort orientation)
    {
        var random = new Random(seed);
        using var image = new Image<Rgb24>(4000, 3000);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                    row[x] = new Rgb24((byte)(x / 16 + random.Next(24)), (byte)(y / 12 + random.Next(24)), (byte)((x + y) / 28 + random.Next(24)));
            }
        });
        if (orientation != 1)
        {
            image.Metadata.ExifProfile = new SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifProfile();
            image.Metadata.ExifProfile.SetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.Orientation, orientation);
        }
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    public static byte[] PngBomb(int side)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(ihdr, (uint)side);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), (uint)side);
        ihdr[8] = 8;
        ihdr[9] = 2;
        Chunk(output, "IHDR", ihdr);
        using (var zipped = new MemoryStream())
        {
            using (var z = new System.IO.Compression.ZLibStream(zipped, System.IO.Compression.CompressionLevel.SmallestSize, true))
                for (var i = 0; i < 64; i++) z.Write(new byte[1024 * 1024]);
            Chunk(output, "IDAT", zipped.ToArray());
        }
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var head = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(head, (uint)data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(head, 4);
        output.Write(head);
        output.Write(data);
        var crc = 0xFFFFFFFFu;
        foreach (var b in head.AsSpan(4).ToArray().Concat(data))
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        var tail = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(tail, crc ^ 0xFFFFFFFFu);
        output.Write(tail);
    }
}
