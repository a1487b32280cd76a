using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Intranet.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>POST /api/media: what we take, what we refuse (and with which status), and what comes out.</summary>
public sealed class MediaUploadTests(SqliteMediaHost host) : IClassFixture<SqliteMediaHost>
{
    [Fact]
    public async Task Upload_returns_201_with_id_alt_dimensions_and_named_size_urls()
    {
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.Jpeg(3000, 2000), alt: "Solnedgang over fjorden");
        var id = json.GetProperty("id").GetString()!;
        Assert.Equal("Solnedgang over fjorden", json.GetProperty("alt").GetString());
        Assert.Equal(3000, json.GetProperty("width").GetInt32());
        Assert.Equal(2000, json.GetProperty("height").GetInt32());
        var urls = json.GetProperty("urls");
        foreach (var size in new[] { "thumb", "medium", "large" })
            Assert.StartsWith($"/media/{id}/{size}?v=", urls.GetProperty(size).GetString());
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        Assert.Equal((1920, 1280), await SizeOfAsync(client, urls.GetProperty("large").GetString()!));
        Assert.Equal((960, 640), await SizeOfAsync(client, urls.GetProperty("medium").GetString()!));
        Assert.Equal((320, 213), await SizeOfAsync(client, urls.GetProperty("thumb").GetString()!));
    }

    [Fact]
    public async Task Small_images_are_never_upscaled()
    {
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.Png(200, 100), "liten.png");
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        Assert.Equal((200, 100), await SizeOfAsync(client, json.GetProperty("urls").GetProperty("large").GetString()!));
        Assert.Equal((200, 100), await SizeOfAsync(client, json.GetProperty("urls").GetProperty("thumb").GetString()!));
    }

    [Fact]
    public async Task Gps_exif_xmp_and_icc_are_gone_from_every_served_size()
    {
        var source = TestImages.JpegWithGpsAndProfiles();
        var sourceMarkers = JpegSegments.Markers(source);
        Assert.Contains(JpegSegments.App1, sourceMarkers); // the test file really carries EXIF/XMP
        Assert.Contains(JpegSegments.App2, sourceMarkers); // and ICC
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, source);
        var id = json.GetProperty("id").GetString();
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        foreach (var size in new[] { "original", "large", "medium", "thumb" })
        {
            var bytes = await client.GetByteArrayAsync($"/media/{id}/{size}");
            var markers = JpegSegments.Markers(bytes);
            Assert.DoesNotContain(JpegSegments.App1, markers);
            Assert.DoesNotContain(JpegSegments.App2, markers);
            Assert.DoesNotContain(JpegSegments.App13, markers);
            var text = Encoding.Latin1.GetString(bytes);
            Assert.DoesNotContain("Exif", text);
            Assert.DoesNotContain("Hemmelig", text);
            Assert.DoesNotContain("ICC_PROFILE", text);
            Assert.DoesNotContain("xmpmeta", text);
        }
    }

    [Fact]
    public async Task An_upright_jpeg_original_is_re_encoded_so_none_of_the_uploaded_coded_data_survives()
    {
        // 4:4:4 at quality 95 in; what is stored and served is our own encode (4:2:0), not a copy of the upload.
        var plain = TestImages.NoisyJpeg(640, 480, JpegColorType.YCbCrRatio444);
        Assert.Equal(0x11, JpegSegments.LumaSampling(plain));
        var source = JpegEdits.Laden(plain);
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, source);
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        var original = await client.GetByteArrayAsync($"/media/{json.GetProperty("id").GetString()}/original");
        Assert.Equal(0x22, JpegSegments.LumaSampling(original));
        Assert.DoesNotContain(JpegSegments.App1, JpegSegments.Markers(original));
        Assert.DoesNotContain(JpegSegments.App2, JpegSegments.Markers(original));
        Assert.DoesNotContain(JpegSegments.App13, JpegSegments.Markers(original));
        Assert.DoesNotContain((byte)0xFE, JpegSegments.Markers(original)); // COM
        JpegSegments.AssertNoMetadataText(original);
        // Bytes hidden in the scan would live in its coded data: no 32-byte run of it is in what we serve.
        var scan = JpegSegments.ScanDataOffset(source);
        for (var at = scan; at + 32 < source.Length - 100; at += 997)
            Assert.True(original.AsSpan().IndexOf(source.AsSpan(at, 32)) < 0, $"coded data from offset {at} survived");
        using var before = Image.Load<Rgb24>(plain);
        using var after = Image.Load<Rgb24>(original);
        Assert.Equal((640, 480), (after.Width, after.Height));
        Assert.True(MeanDifference(before, after) < 25, "the re-encoded original no longer looks like the upload");
    }

    [Fact]
    public async Task A_turned_jpeg_original_is_re_encoded_upright_without_any_metadata()
    {
        var turned = TestImages.Jpeg(200, 100, image =>
        {
            image.Metadata.ExifProfile = new SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifProfile();
            image.Metadata.ExifProfile.SetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.Orientation, (ushort)6);
            image.Metadata.ExifProfile.SetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.Make, "Hemmelig kamera");
        });
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, JpegEdits.Laden(turned));
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        var original = await client.GetByteArrayAsync($"/media/{json.GetProperty("id").GetString()}/original");
        Assert.Equal((100, 200), (Image.Identify(original).Width, Image.Identify(original).Height));
        Assert.DoesNotContain(JpegSegments.App1, JpegSegments.Markers(original));
        Assert.DoesNotContain((byte)0xFE, JpegSegments.Markers(original));
        JpegSegments.AssertNoMetadataText(original);
    }

    [Fact]
    public async Task A_photo_with_orientation_6_comes_out_upright()
    {
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.SidewaysPhoto());
        Assert.Equal(100, json.GetProperty("width").GetInt32());
        Assert.Equal(200, json.GetProperty("height").GetInt32());
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        var bytes = await client.GetByteArrayAsync($"/media/{json.GetProperty("id").GetString()}/original");
        using var image = Image.Load<Rgb24>(bytes);
        Assert.Equal((100, 200), (image.Width, image.Height));
        // Stored top-left turns to top-right when rotated 90° clockwise.
        AssertRed(image[90, 10]);
        AssertBlue(image[10, 10]);
        AssertBlue(image[90, 190]);
    }

    [Fact]
    public async Task Every_size_of_a_large_turned_photo_is_upright()
    {
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.SidewaysPhoto(2400, 1200));
        Assert.Equal((1200, 2400), (json.GetProperty("width").GetInt32(), json.GetProperty("height").GetInt32()));
        var client = await host.ClientAsync(DemoUsers.Ansatt);
        var id = json.GetProperty("id").GetString();
        foreach (var (size, longSide) in new[] { ("original", 2400), ("large", 1920), ("medium", 960), ("thumb", 320) })
        {
            using var image = Image.Load<Rgb24>(await client.GetByteArrayAsync($"/media/{id}/{size}"));
            Assert.Equal((longSide / 2, longSide), (image.Width, image.Height));
            AssertRed(image[image.Width * 9 / 10, image.Height / 20]);
            AssertBlue(image[image.Width / 10, image.Height / 20]);
            AssertBlue(image[image.Width * 9 / 10, image.Height * 19 / 20]);
        }
    }

    [Fact]
    public async Task A_png_declaring_20000_by_20000_is_refused_with_422_quickly()
    {
        var bomb = TestImages.PngBomb();
        Assert.True(bomb.Length < 10_000);
        await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.Png(4, 4), "oppvarming.png"); // warm the pipeline
        var watch = Stopwatch.StartNew();
        var response = await host.UploadAsync(DemoUsers.Ansatt, bomb, "bombe.png", contentType: "image/png");
        watch.Stop();
        var problem = await AssertProblemAsync(response, 422, "file");
        // Refused on the header's dimensions (the pixel limit), not because decoding failed.
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("20000 × 20000", detail);
        Assert.Contains("40 megapiksler", detail);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_text_file_named_jpg_is_refused_with_415()
    {
        var response = await host.UploadAsync(DemoUsers.Ansatt, Encoding.UTF8.GetBytes("Dette er ikke et bilde."), "bilde.jpg");
        var problem = await AssertProblemAsync(response, 415, "file");
        Assert.Contains("JPEG", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_svg_with_a_script_is_refused_with_415()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>";
        var response = await host.UploadAsync(DemoUsers.Ansatt, Encoding.UTF8.GetBytes(svg), "logo.svg", contentType: "image/svg+xml");
        await AssertProblemAsync(response, 415, "file");
    }

    [Fact]
    public async Task A_bmp_is_refused_with_415()
    {
        using var image = new Image<Rgba32>(10, 10);
        using var output = new MemoryStream();
        image.SaveAsBmp(output);
        await AssertProblemAsync(await host.UploadAsync(DemoUsers.Ansatt, output.ToArray(), "bilde.bmp", contentType: "image/bmp"), 415, "file");
    }

    [Fact]
    public async Task A_25_MB_file_is_refused_with_413()
    {
        var big = new byte[25 * 1024 * 1024];
        TestImages.Jpeg(10, 10).CopyTo(big, 0);
        await AssertProblemAsync(await host.UploadAsync(DemoUsers.Ansatt, big, "stor.jpg"), 413, "file");
    }

    [Fact]
    public async Task A_truncated_jpeg_is_refused_with_422()
    {
        var truncated = TestImages.Truncated(TestImages.Jpeg(400, 300));
        await AssertProblemAsync(await host.UploadAsync(DemoUsers.Ansatt, truncated, "halvt.jpg"), 422, "file");
    }

    [Fact]
    public async Task A_gif_with_too_many_frames_is_refused_with_422()
    {
        var response = await host.UploadAsync(DemoUsers.Ansatt, TestImages.AnimatedGif(101), "animasjon.gif", contentType: "image/gif");
        var problem = await AssertProblemAsync(response, 422, "file");
        Assert.Contains("101", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_short_animated_gif_is_taken()
    {
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.AnimatedGif(5), "kort.gif");
        Assert.Equal(8, json.GetProperty("width").GetInt32());
    }

    [Fact]
    public async Task Alt_text_is_required_and_named_in_the_problem()
    {
        await AssertProblemAsync(await host.UploadAsync(DemoUsers.Ansatt, TestImages.Jpeg(20, 20), alt: null), 400, "alt");
        await AssertProblemAsync(await host.UploadAsync(DemoUsers.Ansatt, TestImages.Jpeg(20, 20), alt: "   "), 400, "alt");
    }

    [Fact]
    public async Task Cookie_upload_without_antiforgery_header_is_refused()
    {
        var response = await host.UploadAsync(DemoUsers.Ansatt, TestImages.Jpeg(20, 20), antiforgery: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_upload_is_401()
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Jpeg(20, 20)), "file", "a.jpg" }, { new StringContent("x"), "alt" } };
        var response = await host.Factory.CreateClient().PostAsync("/api/media", content);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_user_file_name_never_becomes_a_path()
    {
        var json = await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.Jpeg(20, 20), "../../etc/passwd.jpg");
        var id = json.GetProperty("id").GetString()!;
        var files = Directory.GetFiles(Path.Combine(host.Factory.DataPath, "media"), "*", SearchOption.AllDirectories);
        Assert.All(files, f => Assert.DoesNotContain("passwd", f));
        Assert.Contains(files, f => f.Contains(id));
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), body);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    private static async Task<(int, int)> SizeOfAsync(HttpClient client, string url)
    {
        var info = Image.Identify(await client.GetByteArrayAsync(url));
        return (info.Width, info.Height);
    }

    private static double MeanDifference(Image<Rgb24> a, Image<Rgb24> b)
    {
        long sum = 0;
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
                sum += Math.Abs(a[x, y].R - b[x, y].R) + Math.Abs(a[x, y].G - b[x, y].G) + Math.Abs(a[x, y].B - b[x, y].B);
        return sum / (3.0 * a.Width * a.Height);
    }

    private static void AssertRed(Rgb24 p) => Assert.True(p.R > 180 && p.G < 80 && p.B < 80, $"expected red, got {p}");

    private static void AssertBlue(Rgb24 p) => Assert.True(p.B > 180 && p.R < 80 && p.G < 80, $"expected blue, got {p}");
}
