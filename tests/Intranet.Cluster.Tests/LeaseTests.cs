using Intranet.Core.Cluster;
using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Cluster.Tests;

/// <summary>Lease rules on both providers: one holder at a time, renewal, takeover after expiry, fencing.</summary>
public abstract class LeaseTests(DatabaseProvider provider) : IDisposable
{
    private readonly IntranetFactory _factory = new IntranetFactory(provider).With("Intranet:SkipDemoRecipe", "true");
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task One_holder_at_a_time_until_the_lease_expires()
    {
        Assert.True(await WithLeasesAsync("a", l => l.TryAcquireAsync("job", TimeSpan.FromSeconds(10))));
        Assert.False(await WithLeasesAsync("b", l => l.TryAcquireAsync("job", TimeSpan.FromSeconds(10))));
        _clock.Advance(TimeSpan.FromSeconds(8));
        Assert.True(await WithLeasesAsync("a", l => l.TryAcquireAsync("job", TimeSpan.FromSeconds(10))));
        _clock.Advance(TimeSpan.FromSeconds(8));
        Assert.False(await WithLeasesAsync("b", l => l.TryAcquireAsync("job", TimeSpan.FromSeconds(10))));

        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.True(await WithLeasesAsync("b", l => l.TryAcquireAsync("job", TimeSpan.FromSeconds(10))));
        Assert.False(await WithLeasesAsync("a", l => l.RecordRunAsync("job", 7)));
        Assert.True(await WithLeasesAsync("b", l => l.RecordRunAsync("job", 7)));
        Assert.Equal(7, await WithLeasesAsync("a", l => l.LastRunSlotAsync("job")));

        await WithLeasesAsync("b", async l => { await l.ReleaseAsync("job"); return true; });
        Assert.True(await WithLeasesAsync("a", l => l.TryAcquireAsync("job", TimeSpan.FromSeconds(10))));
    }

    [Fact]
    public async Task Nodes_racing_for_a_new_lease_get_exactly_one_holder()
    {
        _ = _factory.Services; // start the host (and migrate) once, before the racers
        var attempts = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => WithLeasesAsync($"node-{i}", l => l.TryAcquireAsync("race", TimeSpan.FromSeconds(30)))));
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(r => r));
    }

    private async Task<T> WithLeasesAsync<T>(string nodeId, Func<ClusterLeases, Task<T>> use)
    {
        using var scope = _factory.Services.CreateScope();
        var node = new NodeIdentity(new ConfigurationBuilder().AddInMemoryCollection([new("Intranet:NodeId", nodeId)]).Build());
        var leases = new ClusterLeases(scope.ServiceProvider.GetRequiredService<IntranetDbContext>(), node, _clock);
        return await use(leases);
    }

    public void Dispose() => _factory.Dispose();

    private sealed class ManualClock : IClock
    {
        public DateTimeOffset UtcNow { get; private set; } = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => UtcNow += by;
    }
}

public sealed class LeaseTestsSqlite() : LeaseTests(DatabaseProvider.Sqlite);

public sealed class LeaseTestsPostgres() : LeaseTests(DatabaseProvider.Postgres);
