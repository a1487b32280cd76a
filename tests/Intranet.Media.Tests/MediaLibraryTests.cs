using Intranet.Core.Data;
using Intranet.Media.Models;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>/admin/media pages through the library 24 images at a time (?side=2 for the next page).</summary>
public abstract class MediaLibraryTests(MediaHost host)
{
    [Fact]
    public async Task More_than_24_images_page_and_page_2_shows_the_rest()
    {
        var marker = "sidetest" + Guid.NewGuid().ToString("N")[..8];
        await AddImagesAsync(marker, 30);
        var client = await host.ClientAsync(DemoUsers.Kommunikasjon);

        var first = await client.GetStringAsync($"/admin/media?q={marker}");
        Assert.Contains("Antall bilder: 30", first);
        Assert.Equal(24, Count(first, "class=\"media-card\""));
        for (var i = 29; i >= 6; i--) Assert.Contains($"{marker} nr {i:00}", first); // newest first
        for (var i = 5; i >= 0; i--) Assert.DoesNotContain($"{marker} nr {i:00}", first);
        Assert.Contains($"side=2", first);
        Assert.Contains("rel=\"next\"", first);

        var second = await client.GetStringAsync($"/admin/media?q={marker}&side=2");
        Assert.Equal(6, Count(second, "class=\"media-card\""));
        for (var i = 5; i >= 0; i--) Assert.Contains($"{marker} nr {i:00}", second);
        Assert.DoesNotContain($"{marker} nr 06", second);
        Assert.Contains("rel=\"prev\"", second);
        Assert.DoesNotContain("rel=\"next\"", second);
    }

    /// <summary>Rows only (the page shows thumbnails by URL; no files are needed), one minute apart.</summary>
    private async Task AddImagesAsync(string marker, int count)
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
            db.Set<MediaItem>().Add(new MediaItem
            {
                Id = Guid.NewGuid(), Alt = $"{marker} nr {i:00}", OriginalFileName = $"{marker}-{i:00}.jpg", ContentType = "image/jpeg",
                Width = 40, Height = 30, Bytes = 1000, UploadedByName = "test", CreatedAt = start.AddMinutes(i), Hash = "0123456789abcdef",
            });
        await db.SaveChangesAsync();
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}

public sealed class MediaLibraryTestsSqlite(SqliteMediaHost host) : MediaLibraryTests(host), IClassFixture<SqliteMediaHost>;

public sealed class MediaLibraryTestsPostgres(PostgresMediaHost host) : MediaLibraryTests(host), IClassFixture<PostgresMediaHost>;
