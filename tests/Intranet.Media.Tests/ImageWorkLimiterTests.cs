using Intranet.Media.Services;
using Microsoft.Extensions.Options;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>Parallel uploads queue for the image work: never more than MaxConcurrentProcessing at once.</summary>
public sealed class ImageWorkLimiterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task At_most_the_configured_number_of_images_are_processed_at_once(int limit)
    {
        using var limiter = new ImageWorkLimiter(Options.Create(new MediaOptions { MaxConcurrentProcessing = limit }));
        await AssertBoundedAsync(limiter, limit);
    }

    /// <summary>Starts six jobs that hold their slot until released; checks that exactly <paramref name="limit"/> run.</summary>
    internal static async Task AssertBoundedAsync(ImageWorkLimiter limiter, int limit)
    {
        using var release = new ManualResetEventSlim();
        var (running, peak, done) = (0, 0, 0);
        var jobs = Enumerable.Range(0, 6).Select(_ => Task.Run(() => limiter.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            release.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref running);
            return Interlocked.Increment(ref done);
        }, CancellationToken.None))).ToList();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Volatile.Read(ref running) < limit && DateTime.UtcNow < deadline) await Task.Delay(20);
        await Task.Delay(300); // time for any job that wrongly got past the gate to start
        Assert.Equal(limit, Volatile.Read(ref running));
        Assert.Equal(0, Volatile.Read(ref done));
        release.Set();
        await Task.WhenAll(jobs);
        Assert.Equal(6, done);
        Assert.Equal(limit, peak);
    }

    [Fact]
    public async Task A_cancelled_wait_gives_up_its_place_in_the_queue()
    {
        using var limiter = new ImageWorkLimiter(Options.Create(new MediaOptions { MaxConcurrentProcessing = 1 }));
        using var release = new ManualResetEventSlim();
        var holder = Task.Run(() => limiter.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), CancellationToken.None));
        await Task.Delay(100);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.RunAsync(() => 1, cancel.Token));
        release.Set();
        await holder;
        Assert.Equal(2, await limiter.RunAsync(() => 2, CancellationToken.None));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
