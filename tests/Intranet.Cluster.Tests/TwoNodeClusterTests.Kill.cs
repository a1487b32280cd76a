using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Cluster.Tests;

/// <summary>The kill: node A, holder of the digest job's lease, gets SIGKILL while GETs flow through nginx.</summary>
public sealed partial class TwoNodeClusterTests
{
    private async Task KillNodeAWhileServingAsync(string articleUrl, string imageUrl)
    {
        Assert.Equal("node-a", await WithDbAsync(db => db.ClusterLeases.Where(l => l.Name == Job).Select(l => l.Holder).SingleAsync()));
        var traffic = new Traffic(_client, articleUrl, imageUrl, articleUrl);
        traffic.Start();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var aimedMidRun = await WaitForNodeAMidRunAsync(TimeSpan.FromSeconds(3));
        _nodeA.Crash();
        var killedAt = traffic.Now;
        var killedAtUtc = DateTimeOffset.UtcNow;
        // Past nginx's fail_timeout, so the balancer's second look at the dead node is covered too.
        await Task.Delay(NginxBalancer.FailTimeout + TimeSpan.FromSeconds(1.5));
        await traffic.StopAsync();

        var requests = traffic.Requests.ToArray();
        var before = requests.Where(r => r.Ended < killedAt).ToList();
        var during = requests.Where(r => r.Started < killedAt && r.Ended >= killedAt).ToList();
        var after = requests.Where(r => r.Started >= killedAt).ToList();
        output.WriteLine($"killed at {killedAt.TotalMilliseconds:F0} ms (aimed mid-run: {aimedMidRun}); {before.Count} requests before, {during.Count} in flight, {after.Count} after");
        foreach (var r in during.Concat(requests.Where(r => r.Status != 200))) output.WriteLine("  " + r);
        output.WriteLine("nginx error log:\n" + _nginx.ErrorLog);

        Assert.Contains(before, r => r.Node == "node-a");
        Assert.All(before, r => Assert.Equal(200, r.Status));
        // nginx met the dead node (a refused connection, or a connection cut off before the response header), marked
        // it down (max_fails=1) and passed those requests on to node B (proxy_next_upstream error): none failed.
        Assert.Contains("Connection refused", _nginx.ErrorLog);
        Assert.Contains("upstream server temporarily disabled", _nginx.ErrorLog);
        Assert.True(after.Count >= 20, $"only {after.Count} requests after the kill");
        Assert.All(after, r => Assert.True(r is { Status: 200, Node: "node-b" }, r.ToString()));
        // A response node A was in the middle of writing when it died cannot be retried; there is at most one per loop.
        Assert.All(during.Where(r => r.Node != "node-b"), r => Assert.True(r.Status is 0 or 200, r.ToString()));

        for (var i = 0; i < 6; i++) Assert.Equal(200, (int)(await _client.GetAsync(articleUrl)).StatusCode);
        await AssertNodeBTookTheJobOverAsync(killedAtUtc);
    }

    /// <summary>Aims the kill at a moment node A is inside a digest run (its journal row has no end yet).</summary>
    private async Task<bool> WaitForNodeAMidRunAsync(TimeSpan timeout)
    {
        using var scope = _nodeB.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await db.ClusterJobRuns.AnyAsync(r => r.Job == Job && r.Node == "node-a" && r.FinishedAt == null)) return true;
            await Task.Delay(5);
        }
        return false;
    }

    /// <summary>
    /// After the lease expires node B runs the job; no period ran twice except one node A was cut off in, and
    /// every run but that one finished without error.
    /// </summary>
    private async Task AssertNodeBTookTheJobOverAsync(DateTimeOffset killedAt)
    {
        await WaitUntilAsync(async () => (await JobRunsAsync()).Any(r => r is { Node: "node-b", FinishedAt: not null }),
            Lease + TimeSpan.FromSeconds(4), "node B never took the digest job over");
        var runs = await JobRunsAsync();
        var byA = runs.Where(r => r.Node == "node-a").ToList();
        var byB = runs.Where(r => r.Node == "node-b").ToList();
        var cutOff = byA.Where(r => r.FinishedAt is null).ToList();
        output.WriteLine($"node A: {byA.Count} runs ({cutOff.Count} cut off); node B's first run {(byB[0].StartedAt - killedAt).TotalSeconds:F1} s after the kill");

        Assert.All(byB, r => Assert.True(r.StartedAt > killedAt, "node B ran the job while node A held the lease"));
        Assert.True(cutOff.Count <= 1, $"{cutOff.Count} runs of node A never finished");
        Assert.All(runs, r => Assert.Null(r.Error));
        var finished = runs.Where(r => r.FinishedAt is not null).ToList();
        Assert.Equal(finished.Count, finished.Select(r => r.Slot).Distinct().Count());
        foreach (var twice in runs.GroupBy(r => r.Slot).Where(g => g.Count() > 1))
            Assert.True(twice.Count() == 2 && twice.Any(cutOff.Contains), $"period {twice.Key} ran {twice.Count()} times");
    }
}
