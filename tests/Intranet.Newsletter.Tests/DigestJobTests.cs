using System.Diagnostics;
using Intranet.Core.Cluster;
using Intranet.Newsletter.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Newsletter.Tests;

/// <summary>The background job itself (not a hand-run DigestRun): it sends a due digest once, and later runs send nothing more.</summary>
public abstract class DigestJobTests : DigestHost
{
    private const string Job = "newsletter.digest";

    protected DigestJobTests(DatabaseProvider provider) : base(provider, smtp: true, background: true) =>
        Clock.Set(new DateTimeOffset(2027, 6, 7, 3, 0, 0, TimeSpan.Zero)); // 05:00 in Norway: before the sending hour

    [Fact]
    public async Task The_background_job_sends_a_due_digest_exactly_once()
    {
        await PublishNewsAsync(new { title = "Nytt fra bakgrunnsjobben", body = "Kommer i sammendraget.", units = Array.Empty<string>() });
        await WaitForRunAsync(); // the 05:00 run: too early, nothing composed
        Assert.Empty(await RowsAsync());

        Clock.Set(new DateTimeOffset(2027, 6, 7, 6, 0, 0, TimeSpan.Zero));
        await WaitUntilAsync(async () => (await RowsAsync()) is { Count: > 0 } rows && rows.All(r => r.Status is OutboxStatus.Sent or OutboxStatus.Empty));

        var sent = (await RowsAsync()).Where(r => r.Status == OutboxStatus.Sent).ToList();
        Assert.True(sent.Count >= 5);
        Assert.Contains("Nytt fra bakgrunnsjobben", Text(Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Kari))));
        Assert.Equal(sent.Count, Smtp.Received.Count);

        for (var i = 0; i < 2; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await WaitForRunAsync();
        }
        Assert.Equal(sent.Count, Smtp.Received.Count);
        Assert.All(Smtp.Received.GroupBy(m => m.To.Mailboxes.First().Address), g => Assert.Single(g));
        Assert.True(await WithDbAsync(db => db.Set<ClusterJobRun>().CountAsync(r => r.Job == Job && r.Error == null)) >= 4);
    }

    /// <summary>Waits until the job has finished the run for the current minute.</summary>
    private Task WaitForRunAsync()
    {
        var slot = Clock.UtcNow.ToUnixTimeMilliseconds() / 60_000;
        return WaitUntilAsync(() => WithDbAsync(db => db.Set<ClusterJobRun>().AnyAsync(r => r.Job == Job && r.Slot == slot && r.FinishedAt != null)));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "The digest job did not get there in 60 seconds");
            await Task.Delay(200);
        }
    }
}

public sealed class DigestJobTestsSqlite() : DigestJobTests(DatabaseProvider.Sqlite);

public sealed class DigestJobTestsPostgres() : DigestJobTests(DatabaseProvider.Postgres);
