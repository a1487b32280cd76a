using Intranet.Media.Models;
using Intranet.Media.Services;
using Intranet.Media.Services.ImageSharp;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>The processor and admission without a host: orientation against ImageSharp's own AutoOrient, and Identify's null.</summary>
public sealed class ProcessingUnitTests
{
    private static readonly IOptions<MediaOptions> Defaults = Options.Create(new MediaOptions());

    /// <summary>
    /// Each size of a turned photo is resized first and turned after, the original turned on its own copy; every
    /// size must still show exactly what ImageSharp's AutoOrient shows (PNG, so the comparison is lossless).
    /// </summary>
    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)]
    [InlineData(5)] [InlineData(6)] [InlineData(7)] [InlineData(8)]
    public void Every_orientation_matches_auto_orient_in_every_size(int orientation)
    {
        using var stored = Asymmetric(1200, 800);
        using var expected = stored.Clone();
        expected.Metadata.ExifProfile = new ExifProfile();
        expected.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)orientation);
        expected.Mutate(x => x.AutoOrient());
        using var output = new MemoryStream();
        stored.SaveAsPng(output);

        var processed = new ImageSharpProcessor(Defaults).Process(output.ToArray(), ImageFormatKind.Png, orientation);

        Assert.Equal((expected.Width, expected.Height), (processed.Width, processed.Height));
        using var original = Image.Load<Rgba32>(processed.Renditions[MediaSizes.Original]);
        Assert.Equal((expected.Width, expected.Height), (original.Width, original.Height));
        for (var y = 0; y < expected.Height; y += 7)
            for (var x = 0; x < expected.Width; x += 7)
                if (expected[x, y] != original[x, y]) Assert.Fail($"original pixel {x},{y}: {original[x, y]} ≠ {expected[x, y]}");
        foreach (var size in new[] { MediaSizes.Medium, MediaSizes.Thumb })
        {
            using var resized = Image.Load<Rgba32>(processed.Renditions[size]);
            using var reference = expected.Clone(x => x.Resize(new ResizeOptions { Size = new Size(resized.Width, resized.Height), Mode = ResizeMode.Stretch }));
            Assert.Equal(expected.Width > expected.Height, resized.Width > resized.Height);
            // Coarse quadrant colours: a wrong turn or flip puts another colour in the corner.
            foreach (var (fx, fy) in new[] { (0.1, 0.1), (0.9, 0.1), (0.1, 0.9), (0.9, 0.9) })
            {
                var (x, y) = ((int)(resized.Width * fx), (int)(resized.Height * fy));
                Assert.True(Close(reference[x, y], resized[x, y]), $"{size} at {fx},{fy}: {resized[x, y]} vs {reference[x, y]}");
            }
        }
    }

    [Fact]
    public void A_format_the_library_does_not_recognise_is_415()
    {
        var admission = new ImageAdmission(new UnrecognisingProcessor(), Defaults);
        var refused = Assert.Throws<MediaRejectedException>(() => admission.Admit(TestImages.Jpeg(20, 20)));
        Assert.Equal(415, refused.Status);
    }

    /// <summary>Four quadrants of different colours: every turn and flip moves them somewhere else.</summary>
    private static Image<Rgba32> Asymmetric(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = (x < width / 2, y < height / 2) switch
                {
                    (true, true) => new Rgba32(250, 0, 0),
                    (false, true) => new Rgba32(0, 250, 0),
                    (true, false) => new Rgba32(0, 0, 250),
                    _ => new Rgba32(250, 250, 0),
                };
        return image;
    }

    private static bool Close(Rgba32 a, Rgba32 b) => Math.Abs(a.R - b.R) < 40 && Math.Abs(a.G - b.G) < 40 && Math.Abs(a.B - b.B) < 40;

    /// <summary>Identify finds no format it knows (the library's null), which our inspector accepted.</summary>
    private sealed class UnrecognisingProcessor : IImageProcessor
    {
        public ImageSize? Identify(byte[] data) => null;

        public ProcessedImage Process(byte[] data, ImageFormatKind format, int orientation) =>
            throw new InvalidOperationException("must not be called");
    }
}
