using System.Diagnostics;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.News.Services;
using Intranet.Notifications.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Intranet.News.Tests;

/// <summary>
/// A must-read item for "hele kommunen" notifies everyone in a few statements, not a round trip per person:
/// counted through EF Core's diagnostic events (commands and committed transactions) while the announcer runs.
/// </summary>
public abstract class MustReadBulkTests(NewsHost host, ITestOutputHelper output)
{
    private const int ExtraEmployees = 1500;

    [Fact]
    public async Task Announcing_to_the_whole_municipality_inserts_in_batches_and_repeats_nothing()
    {
        var factory = host.Factory;
        await AddEmployeesAsync(factory, ExtraEmployees);
        var comms = await factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (id, _) = await comms.CreateNewsAsync(new { title = "Til alle", body = "Les.", mustRead = true, publishAt = host.Clock.UtcNow.AddMinutes(1), units = Array.Empty<string>() });
        host.Clock.Advance(TimeSpan.FromMinutes(2));

        var (recipients, commands, commits, elapsed) = await CountingAsync(factory, s => s.GetRequiredService<MustReadAnnouncer>().AnnounceAsync(id));
        output.WriteLine($"{host.Provider}: {recipients} recipients, {commands} commands, {commits} commits, {elapsed.TotalMilliseconds:0} ms");
        Assert.True(recipients > ExtraEmployees);
        var key = $"news:{id}:must-read";
        Assert.Equal(recipients, await WithDb(factory, db => db.Set<Notification>().CountAsync(n => n.DedupKey == key)));
        Assert.True(commits <= 10, $"{commits} transactions for {recipients} people");
        // PostgreSQL batches the inserts; SQLite has no batching but runs in-process in one transaction per chunk.
        if (host.Provider == Web.Data.DatabaseProvider.Postgres) Assert.True(commands <= 30, $"{commands} commands for {recipients} people");

        var (_, again, _, _) = await CountingAsync(factory, s => s.GetRequiredService<MustReadAnnouncer>().AnnounceAsync(id));
        Assert.True(again <= 15, $"a repeat ran {again} commands");
        Assert.Equal(recipients, await WithDb(factory, db => db.Set<Notification>().CountAsync(n => n.DedupKey == key)));
    }

    private static async Task AddEmployeesAsync(IntranetFactory factory, int count) => await WithDb(factory, async db =>
    {
        var unitId = await db.Units.Select(u => u.Id).FirstAsync();
        var prefix = Guid.NewGuid().ToString("N")[..6];
        db.Users.AddRange(Enumerable.Range(0, count).Select(i => new IntranetUser
        {
            UserName = $"bulk{prefix}{i}", NormalizedUserName = $"BULK{prefix}{i}".ToUpperInvariant(),
            DisplayName = $"Bulk {i}", UnitId = unitId, SecurityStamp = Guid.NewGuid().ToString(),
        }));
        return await db.SaveChangesAsync();
    });

    /// <summary>Runs the work in its own scope and counts the EF commands and commits it causes (this async flow only).</summary>
    private static async Task<(T Result, int Commands, int Commits, TimeSpan Elapsed)> CountingAsync<T>(IntranetFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        using var counter = new EfCounter();
        await using var scope = factory.Services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        counter.Active.Value = true;
        var result = await work(scope.ServiceProvider);
        counter.Active.Value = false;
        return (result, counter.Commands, counter.Commits, watch.Elapsed);
    }

    private static async Task<T> WithDb<T>(IntranetFactory factory, Func<IntranetDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    private sealed class EfCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _all;
        private readonly List<IDisposable> _subscriptions = [];
        private int _commands, _commits;
        public readonly AsyncLocal<bool> Active = new();

        public EfCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);
        public int Commands => _commands;
        public int Commits => _commits;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (!Active.Value) return;
            if (e.Key == RelationalEventId.CommandExecuting.Name) Interlocked.Increment(ref _commands);
            if (e.Key == RelationalEventId.TransactionCommitted.Name) Interlocked.Increment(ref _commits);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
        }
    }
}

public sealed class MustReadBulkTestsSqlite(SqliteNewsHost host, ITestOutputHelper output) : MustReadBulkTests(host, output), IClassFixture<SqliteNewsHost>;

public sealed class MustReadBulkTestsPostgres(PostgresNewsHost host, ITestOutputHelper output) : MustReadBulkTests(host, output), IClassFixture<PostgresNewsHost>;
