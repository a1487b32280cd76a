using Intranet.Media.Services;
using Intranet.Media.Services.ImageSharp;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>
/// Our tiled turn against ImageSharp's AutoOrient, every pixel of a noise image (so a pixel moved within a tile shows),
/// at sizes that are not multiples of the tile and span several tiles.
/// </summary>
public sealed class UprightTurnTests
{
    public static TheoryData<int, int, int> Cases()
    {
        var cases = new TheoryData<int, int, int>();
        foreach (var orientation in Enumerable.Range(1, 8))
        {
            cases.Add(orientation, 203, 131);
            cases.Add(orientation, 64, 1);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_pixel_lands_where_auto_orient_puts_it(int orientation, int width, int height)
    {
        AssertSameAsAutoOrient<Rgb24>(orientation, width, height, (r, i) => new Rgb24((byte)r.Next(256), (byte)r.Next(256), (byte)i));
        AssertSameAsAutoOrient<Rgba32>(orientation, width, height, (r, i) => new Rgba32((byte)r.Next(256), (byte)r.Next(256), (byte)i, (byte)r.Next(256)));
    }

    private static void AssertSameAsAutoOrient<TPixel>(int orientation, int width, int height, Func<Random, int, TPixel> pixel)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var random = new Random(orientation * 1000 + width);
        using var stored = new Image<TPixel>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                stored[x, y] = pixel(random, x + y);
        using var expected = stored.Clone();
        expected.Metadata.ExifProfile = new ExifProfile();
        expected.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)orientation);
        expected.Mutate(x => x.AutoOrient());

        using var turned = UprightTurn.IsNeeded(orientation) ? UprightTurn.Turned(stored, orientation) : stored.Clone();

        Assert.Equal((expected.Width, expected.Height), (turned.Width, turned.Height));
        for (var y = 0; y < expected.Height; y++)
            for (var x = 0; x < expected.Width; x++)
                if (!expected[x, y].Equals(turned[x, y]))
                    Assert.Fail($"{typeof(TPixel).Name} orientation {orientation}, {width}×{height}: pixel {x},{y} is {turned[x, y]}, AutoOrient has {expected[x, y]}");
    }
}
