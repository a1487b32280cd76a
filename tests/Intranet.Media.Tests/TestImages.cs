using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace Intranet.Media.Tests;

/// <summary>Every test file is generated here: no binary fixtures in the repository.</summary>
public static class TestImages
{
    public static byte[] Jpeg(int width, int height, Action<Image<Rgb24>>? change = null)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(30, 90, 200));
        Fill(image, width / 4, height / 4, width / 2, height / 2, new Rgb24(250, 160, 20));
        change?.Invoke(image);
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    /// <summary>A photo carrying GPS position in EXIF, an XMP packet and an ICC profile.</summary>
    public static byte[] JpegWithGpsAndProfiles() => Jpeg(800, 600, image =>
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(60, 1), new Rational(9, 1), new Rational(42, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(10, 1), new Rational(15, 1), new Rational(3, 1)]);
        exif.SetValue(ExifTag.Make, "Hemmelig kamera");
        image.Metadata.ExifProfile = exif;
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
            "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Hemmelig fotograf</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"));
        image.Metadata.IccProfile = new IccProfile(MinimalIccProfile());
    });

    /// <summary>Stored sideways (200×100 by default) with a red block in the top-left quarter and EXIF Orientation
    /// <paramref name="orientation"/> (6: rotate 90° clockwise to view, so the block ends up top-right).</summary>
    public static byte[] SidewaysPhoto(int width = 200, int height = 100, ushort orientation = 6) => Jpeg(width, height, image =>
    {
        Fill(image, 0, 0, width, height, new Rgb24(0, 0, 255));
        Fill(image, 0, 0, width / 4, height / 2, new Rgb24(255, 0, 0));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, orientation);
    });

    /// <summary>Gradients plus noise, like a photo, so its coded data is not a few repeated patterns.</summary>
    public static byte[] NoisyJpeg(int width, int height, JpegColorType colorType, int quality = 95)
    {
        var random = new Random(7);
        using var image = new Image<Rgb24>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new Rgb24((byte)(x * 200 / width + random.Next(40)), (byte)(y * 200 / height + random.Next(40)), (byte)((x + y) * 100 / (width + height) + random.Next(40)));
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = quality, ColorType = colorType });
        return output.ToArray();
    }

    public static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(10, 200, 10, 255));
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    public static byte[] AnimatedGif(int frames)
    {
        using var image = new Image<Rgba32>(8, 8, new Rgba32(255, 0, 0, 255));
        for (var i = 1; i < frames; i++)
        {
            using var frame = new Image<Rgba32>(8, 8, new Rgba32((byte)(i * 2), 0, 255, 255));
            image.Frames.AddFrame(frame.Frames.RootFrame);
        }
        using var output = new MemoryStream();
        image.Save(output, new GifEncoder());
        return output.ToArray();
    }

    /// <summary>A tiny PNG whose header declares <paramref name="side"/>² pixels: a decompression bomb's shape.</summary>
    public static byte[] PngBomb(int side = 20_000)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        WriteBigEndian(ihdr, 0, (uint)side);
        WriteBigEndian(ihdr, 4, (uint)side);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        WriteChunk(output, "IHDR", ihdr);
        using (var zipped = new MemoryStream())
        {
            using (var z = new ZLibStream(zipped, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(new byte[64 * 1024]);
            WriteChunk(output, "IDAT", zipped.ToArray());
        }
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    public static void Fill(Image<Rgb24> image, int x, int y, int width, int height, Rgb24 colour)
    {
        for (var row = y; row < y + height; row++)
            for (var col = x; col < x + width; col++)
                image[col, row] = colour;
    }

    public static byte[] Truncated(byte[] data, double keep = 0.6) => data[..(int)(data.Length * keep)];

    private static byte[] MinimalIccProfile()
    {
        var icc = new byte[132];
        WriteBigEndian(icc, 0, 132);
        Encoding.ASCII.GetBytes("mntr").CopyTo(icc, 12);
        Encoding.ASCII.GetBytes("RGB XYZ ").CopyTo(icc, 16);
        Encoding.ASCII.GetBytes("acsp").CopyTo(icc, 36);
        icc[8] = 4; // version 4.0
        return icc;
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var header = new byte[8];
        WriteBigEndian(header, 0, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(header, 4);
        output.Write(header);
        output.Write(data);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32(header.AsSpan(4), data));
        output.Write(crc);
    }

    private static void WriteBigEndian(byte[] buffer, int offset, uint value) =>
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(offset), value);

    private static uint Crc32(ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var span in new[] { type.ToArray(), data.ToArray() })
            foreach (var b in span)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        return crc ^ 0xFFFFFFFFu;
    }
}
