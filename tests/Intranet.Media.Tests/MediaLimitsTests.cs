using Intranet.Media.Services;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>A host with every upload limit lowered through configuration (Intranet:Media:*).</summary>
public sealed class LimitedMediaHost : MediaHost
{
    public LimitedMediaHost() : base(DatabaseProvider.Sqlite) =>
        Factory.With("Intranet:Media:MaxBytes", (1024 * 1024).ToString())
            .With("Intranet:Media:MaxPixels", "1000000")
            .With("Intranet:Media:MaxFrames", "3")
            .With("Intranet:Media:MaxConcurrentProcessing", "1");
}

/// <summary>The configured limits, not the defaults, decide: each just under its limit is taken, just over is refused.</summary>
public sealed class MediaLimitsTests(LimitedMediaHost host) : IClassFixture<LimitedMediaHost>
{
    [Fact]
    public async Task MaxBytes_from_configuration_gives_413_above_it()
    {
        var big = new byte[1024 * 1024 + 100];
        TestImages.Jpeg(10, 10).CopyTo(big, 0);
        var problem = await MediaUploadTests.AssertProblemAsync(await host.UploadAsync(DemoUsers.Ansatt, big, "stor.jpg"), 413, "file");
        Assert.Contains("høyst 1 MB", problem.GetProperty("detail").GetString());
        await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.NoisyJpeg(600, 400, SixLabors.ImageSharp.Formats.Jpeg.JpegColorType.YCbCrRatio420));
    }

    [Fact]
    public async Task MaxPixels_from_configuration_gives_422_above_it()
    {
        var response = await host.UploadAsync(DemoUsers.Ansatt, TestImages.Jpeg(1001, 1000), "stor.jpg");
        var problem = await MediaUploadTests.AssertProblemAsync(response, 422, "file");
        Assert.Contains("grensen er 1 megapiksler", problem.GetProperty("detail").GetString());
        await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.Jpeg(1000, 1000));
    }

    [Fact]
    public async Task MaxFrames_from_configuration_gives_422_above_it()
    {
        var response = await host.UploadAsync(DemoUsers.Ansatt, TestImages.AnimatedGif(4), "animasjon.gif", contentType: "image/gif");
        var problem = await MediaUploadTests.AssertProblemAsync(response, 422, "file");
        Assert.Contains("grensen er 3", problem.GetProperty("detail").GetString());
        await host.UploadOkAsync(DemoUsers.Ansatt, TestImages.AnimatedGif(3), "kort.gif");
    }

    [Fact]
    public async Task MaxConcurrentProcessing_from_configuration_bounds_the_hosts_limiter()
    {
        _ = await host.ClientAsync(DemoUsers.Ansatt); // the host is built
        var limiter = host.Factory.Services.GetRequiredService<ImageWorkLimiter>();
        await ImageWorkLimiterTests.AssertBoundedAsync(limiter, 1);
    }
}
