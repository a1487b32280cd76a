using System.Diagnostics;
using System.Text;
using Intranet.Media.Services.Cleaning;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>The lossless JPEG cleaner: metadata gone, pixels unchanged, and hostile segment layouts never crash it.</summary>
public sealed class JpegLosslessCleanerTests
{
    private static readonly byte[] Plain = TestImages.Jpeg(64, 48);

    private static byte[]? Clean(byte[] jpeg, int width = 64, int height = 48) => JpegLosslessCleaner.TryClean(jpeg, width, height);

    [Fact]
    public void Every_metadata_segment_and_the_trailer_are_dropped_and_the_pixels_are_identical()
    {
        var source = LadenJpeg(TestImages.JpegWithGpsAndProfiles());
        var cleaned = JpegLosslessCleaner.TryClean(source, 800, 600);
        Assert.NotNull(cleaned);
        var markers = JpegSegments.Markers(cleaned);
        Assert.All(markers, m => Assert.True(m is 0xE0 or 0xEE or 0xDB or 0xC4 or 0xC0 or 0xDD or 0xDA, $"marker {m:X2} kept"));
        AssertNoMetadataText(cleaned);
        Assert.Equal(0xD9, cleaned[^1]);
        AssertSamePixels(source, cleaned);
    }

    [Fact]
    public void Jfif_keeps_no_thumbnail_and_adobe_is_cut_to_its_12_bytes()
    {
        byte[] jfifWithThumbnail = [.. "JFIF\0"u8, 1, 2, 1, 0, 72, 0, 72, 2, 1, .. new byte[2 * 1 * 3]];
        var source = JpegEdits.AfterSoi(StripApp0(Plain), JpegEdits.Segment(0xE0, jfifWithThumbnail), JpegEdits.Adobe());
        var cleaned = Clean(source)!;
        var app0 = JpegEdits.OffsetOf(cleaned, 0xE0);
        Assert.Equal(16, (cleaned[app0 + 2] << 8) | cleaned[app0 + 3]);
        Assert.Equal(0, cleaned[app0 + 16]); // thumbnail width
        Assert.Equal(72, cleaned[app0 + 13]); // densities kept
        var adobe = JpegEdits.OffsetOf(cleaned, 0xEE);
        Assert.Equal(14, (cleaned[adobe + 2] << 8) | cleaned[adobe + 3]);
        AssertNoMetadataText(cleaned);
        AssertSamePixels(source, cleaned);
    }

    [Fact]
    public void Fill_bytes_before_markers_are_accepted_and_dropped()
    {
        var source = JpegEdits.AfterSoi(Plain, [0xFF, 0xFF, 0xFF], JpegEdits.Comment("Hemmelig"));
        source = JpegEdits.BeforeEoi(source, [0xFF, 0xFF]);
        var cleaned = Clean(source)!;
        AssertNoMetadataText(cleaned);
        AssertSamePixels(Plain, cleaned); // ImageSharp itself refuses fill bytes right after SOI, so compare to the plain file
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 })] // length 0
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x01 })] // length 1
    [InlineData(new byte[] { 0xFF, 0xFE, 0xFF, 0xF0 })] // past the end of the file
    [InlineData(new byte[] { 0xFF, 0xD8 })] // a second start-of-image
    [InlineData(new byte[] { 0xFF, 0xD0 })] // a restart marker outside a scan
    [InlineData(new byte[] { 0xFF, 0x00 })] // not a marker
    [InlineData(new byte[] { 0x12, 0x34 })] // garbage where a marker must be
    public void Malformed_segments_are_refused_so_the_caller_re_encodes(byte[] insert) =>
        Assert.Null(Clean(JpegEdits.AfterSoi(Plain, insert)));

    [Fact]
    public void A_segment_length_running_past_the_end_is_refused()
    {
        Assert.Null(Clean([0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x40, 1, 2, 3]));
        Assert.Null(Clean([0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x05, 1, 2, 3])); // ends exactly after it, no image
        Assert.Null(Clean([0xFF, 0xD8, 0xFF]));
        Assert.Null(Clean([0xFF, 0xD8, 0xFF, 0xFE, 0x00]));
    }

    [Fact]
    public void Tables_with_spare_bytes_are_refused()
    {
        var dqt = JpegEdits.OffsetOf(Plain, 0xDB);
        var length = (Plain[dqt + 2] << 8) | Plain[dqt + 3];
        byte[] padded = [.. Plain[(dqt + 4)..(dqt + 2 + length)], .. "Hemmelig"u8];
        Assert.Null(Clean(JpegEdits.AfterSoi(Plain, JpegEdits.Segment(0xDB, padded))));
        Assert.Null(Clean(JpegEdits.AfterSoi(Plain, JpegEdits.Segment(0xC4, "Hemmelig"))));
        Assert.Null(Clean(JpegEdits.AfterSoi(Plain, JpegEdits.Segment(0xDD, "Hemmelig"))));
    }

    [Fact]
    public void Every_truncation_is_refused_without_an_exception()
    {
        for (var keep = 0; keep < Plain.Length; keep++) Assert.Null(Clean(Plain[..keep]));
        Assert.NotNull(Clean(Plain));
    }

    [Fact]
    public void Ten_thousand_comments_are_dropped_in_linear_time()
    {
        var comments = Enumerable.Range(0, 10_000).Select(i => JpegEdits.Comment($"Hemmelig {i}")).ToArray();
        var source = JpegEdits.AfterSoi(Plain, comments);
        var watch = Stopwatch.StartNew();
        var cleaned = Clean(source)!;
        Assert.True(watch.ElapsedMilliseconds < 500, $"took {watch.ElapsedMilliseconds} ms");
        AssertNoMetadataText(cleaned);
        AssertSamePixels(source, cleaned);
    }

    [Theory]
    [InlineData(0xC2, true)] // progressive: allowed, but a second frame is not
    [InlineData(0xC3, false)] // lossless
    [InlineData(0xC9, false)] // arithmetic
    [InlineData(0xCB, false)] // lossless arithmetic
    public void Only_huffman_baseline_extended_or_progressive_frames_are_copied(byte frameMarker, bool copied)
    {
        var source = (byte[])Plain.Clone();
        source[JpegEdits.OffsetOf(source, 0xC0) + 1] = frameMarker;
        Assert.Equal(copied, JpegLosslessCleaner.TryClean(source, 64, 48) is not null);
    }

    [Fact]
    public void A_frame_that_disagrees_with_the_decoded_size_or_repeats_is_refused()
    {
        Assert.Null(Clean(Plain, 65, 48));
        Assert.Null(Clean(Plain, 64, 47));
        var sof = JpegEdits.OffsetOf(Plain, 0xC0);
        var length = (Plain[sof + 2] << 8) | Plain[sof + 3];
        Assert.Null(Clean(JpegEdits.At(Plain, sof, Plain[sof..(sof + 2 + length)])));
    }

    [Fact]
    public void Random_corruption_never_throws_and_never_grows_the_file()
    {
        var random = new Random(5);
        var source = LadenJpeg(Plain);
        for (var i = 0; i < 3000; i++)
        {
            var mutated = (byte[])source.Clone();
            for (var k = random.Next(1, 4); k > 0; k--) mutated[random.Next(2, mutated.Length)] = (byte)random.Next(256);
            var cleaned = Clean(mutated);
            if (cleaned is not null) Assert.True(cleaned.Length <= mutated.Length);
        }
    }

    /// <summary>EXIF/XMP/ICC (from the generator) plus IPTC, Adobe, comments before and after the scan, and a trailer.</summary>
    internal static byte[] LadenJpeg(byte[] jpeg)
    {
        var laden = JpegEdits.AfterSoi(jpeg, JpegEdits.Iptc("Hemmelig sted"), JpegEdits.Comment("Hemmelig kommentar"), JpegEdits.Adobe(),
            JpegEdits.Segment(0xE2, "MPF\0Hemmelig bilde"), JpegEdits.Segment(0xEB, "Hemmelig JUMBF"));
        laden = JpegEdits.BeforeEoi(laden, JpegEdits.Comment("Hemmelig etter skanningen"), JpegEdits.Segment(0xE1, "Exif\0\0Hemmelig"));
        return [.. laden, .. Encoding.Latin1.GetBytes("ftypmp42 Hemmelig video etter slutten")];
    }

    internal static void AssertNoMetadataText(byte[] jpeg)
    {
        var text = Encoding.Latin1.GetString(jpeg);
        foreach (var secret in new[] { "Hemmelig", "Exif", "ICC_PROFILE", "xmpmeta", "Photoshop", "8BIM", "MPF", "ftyp" })
            Assert.DoesNotContain(secret, text);
    }

    internal static void AssertSamePixels(byte[] expected, byte[] actual)
    {
        using var a = Image.Load<Rgb24>(expected);
        using var b = Image.Load<Rgb24>(actual);
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
                if (a[x, y] != b[x, y]) Assert.Fail($"pixel {x},{y}: {a[x, y]} ≠ {b[x, y]}");
    }

    private static byte[] StripApp0(byte[] jpeg)
    {
        var app0 = JpegEdits.OffsetOf(jpeg, 0xE0);
        if (app0 < 0) return jpeg;
        var length = (jpeg[app0 + 2] << 8) | jpeg[app0 + 3];
        return [.. jpeg[..app0], .. jpeg[(app0 + 2 + length)..]];
    }
}
