using System.Security.Cryptography;
using System.Text;
using Intranet.Core.Data;
using Intranet.Insights.Models;
using Intranet.Insights.Tracking;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Insights.Tests;

/// <summary>Monthly unique readers: a true month-wide count from a sketch, with a monthly salt destroyed at month end.</summary>
public abstract class MonthlyReadersTests : IDisposable
{
    private const string Story = "kveldsbesok-pa-brukerens-premisser";
    private const string UnitRow = "Helse og omsorg – Hjemmetjenesten";
    // Mid-month, so two days of reading stay in one month.
    protected readonly TestClock Clock = new(new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, 10, 12, 0, 0, TimeSpan.Zero));
    protected readonly IntranetFactory Factory;

    protected MonthlyReadersTests(DatabaseProvider provider) => Factory = new IntranetFactory(provider).UseClock(Clock);

    private string Month => ReaderRollup.Month(DateOnly.FromDateTime(Clock.UtcNow.UtcDateTime));

    [Fact]
    public async Task A_reader_on_two_days_counts_once_in_the_month_but_twice_in_reader_days()
    {
        var unitId = await UnitIdAsync("hjemmetjenesten");
        var month = Month;
        // Start the unit's month empty (the demo seeds a sketch for it) so the figure is exact.
        await Factory.WithDbAsync(db => db.Set<MonthlyReaderRegister>().Where(r => r.UnitId == unitId && r.Month == month).ExecuteDeleteAsync());
        var readerDays = await ReaderDaysAsync(unitId);
        var ansatt = await Factory.BrowserClientAsync(DemoUsers.Ansatt);
        var nyansatt = await Factory.BrowserClientAsync(DemoUsers.Nyansatt);

        (await ansatt.GetAsync($"/historier/{Story}")).EnsureSuccessStatusCode();
        (await ansatt.GetAsync($"/historier/{Story}")).EnsureSuccessStatusCode();
        await Factory.FlushAsync();
        await RollupAsync(TimeSpan.FromDays(1));
        (await ansatt.GetAsync("/nyheter/ny-personalhandbok")).EnsureSuccessStatusCode();
        (await nyansatt.GetAsync($"/historier/{Story}")).EnsureSuccessStatusCode();
        await Factory.FlushAsync();
        await RollupAsync(TimeSpan.FromDays(1));

        Assert.Equal(readerDays + 3, await ReaderDaysAsync(unitId));
        var registers = await Factory.WithDbAsync(db => db.Set<MonthlyReaderRegister>().Where(r => r.UnitId == unitId && r.Month == month).ToListAsync());
        Assert.Equal(2, ReaderSketch.Estimate(registers.ToDictionary(r => r.Register, r => r.Rank)));
        // The rows are the positions the month's salt gives the two readers, and nothing else.
        var salt = Convert.FromBase64String(await Factory.WithDbAsync(db => db.Set<MonthlySalt>().Where(s => s.Month == month).Select(s => s.Salt).SingleAsync()));
        var ids = await Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Ansatt || u.UserName == DemoUsers.Nyansatt).Select(u => u.Id).ToListAsync());
        var expected = ids.Select(id => PositionOf(salt, id)).ToHashSet();
        Assert.Equal(expected, registers.Select(r => (r.Register, r.Rank)).ToHashSet());

        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var row = Assert.Single(await comms.CsvAsync("lesere-enheter"), r => r[0] == UnitRow);
        Assert.Equal("2", row[2]);
        var leaderRows = await (await Factory.SignedInClientAsync(DemoUsers.Enhetsleder)).CsvAsync("lesere-enheter");
        Assert.Equal(["Sektor og enhet", "Forrige måned", "Hittil denne måneden", "Snitt per måned i utgangsperioden"], leaderRows[0]);
        Assert.Equal(UnitRow, Assert.Single(leaderRows.Skip(1))[0]);
    }

    [Fact]
    public async Task At_month_end_the_salt_is_destroyed_and_the_sketch_kept()
    {
        var ansatt = await Factory.BrowserClientAsync(DemoUsers.Ansatt);
        (await ansatt.GetAsync($"/historier/{Story}")).EnsureSuccessStatusCode();
        await Factory.FlushAsync();
        var month = Month;
        var rows = await Factory.WithDbAsync(db => db.Set<MonthlyReaderRegister>().CountAsync(r => r.Month == month));
        Assert.True(await Factory.WithDbAsync(db => db.Set<MonthlySalt>().AnyAsync(s => s.Month == month)));

        // Still the same month 10 minutes after its last day ended minus a second: the salt stays.
        var nextMonth = new DateTimeOffset(Clock.UtcNow.Year, Clock.UtcNow.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
        Clock.Set(nextMonth + ReaderRollup.Grace - TimeSpan.FromSeconds(1));
        await RollupAsync(TimeSpan.Zero);
        Assert.True(await Factory.WithDbAsync(db => db.Set<MonthlySalt>().AnyAsync(s => s.Month == month)));
        Clock.Advance(TimeSpan.FromSeconds(2));
        await RollupAsync(TimeSpan.Zero);
        Assert.False(await Factory.WithDbAsync(db => db.Set<MonthlySalt>().AnyAsync(s => s.Month == month)));
        Assert.Equal(rows, await Factory.WithDbAsync(db => db.Set<MonthlyReaderRegister>().CountAsync(r => r.Month == month)));
        Assert.False(await Factory.WithDbAsync(db => db.Set<DailySalt>().AnyAsync(s => s.Day < DateOnly.FromDateTime(nextMonth.UtcDateTime))));
    }

    [Fact]
    public async Task Two_nodes_writing_at_once_store_the_register_wise_maximum()
    {
        var unitId = await UnitIdAsync("hjemmetjenesten");
        const string month = "2000-01";
        var random = new Random(7);
        var expected = new Dictionary<int, int>();
        for (var round = 0; round < 3; round++)
        {
            // Two buffers and two database contexts, as two nodes: overlapping registers with different ranks.
            var nodes = Enumerable.Range(0, 2).Select(_ => new ViewBuffer()).ToList();
            foreach (var node in nodes)
                for (var i = 0; i < 300; i++)
                {
                    var (register, rank) = (random.Next(600), 1 + random.Next(20));
                    node.RecordRegister(month, unitId, (register, rank));
                    ReaderSketch.Add(expected, register, rank);
                }
            await Task.WhenAll(nodes.Select(async node =>
            {
                using var scope = Factory.Services.CreateScope();
                await node.FlushAsync(scope.ServiceProvider.GetRequiredService<IntranetDbContext>(), default);
            }));
        }
        var stored = await Factory.WithDbAsync(db => db.Set<MonthlyReaderRegister>().Where(r => r.Month == month).ToDictionaryAsync(r => r.Register, r => r.Rank));
        Assert.Equal(expected.OrderBy(r => r.Key), stored.OrderBy(r => r.Key));
    }

    private async Task RollupAsync(TimeSpan advance)
    {
        Clock.Advance(advance);
        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReaderRollup>().RunAsync(default);
    }

    private static (int, int) PositionOf(byte[] salt, string userId) => ReaderSketch.Position(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(userId)));

    private Task<int> UnitIdAsync(string slug) => Factory.WithDbAsync(db => db.Units.Where(u => u.Slug == slug).Select(u => u.Id).FirstAsync());

    private Task<int> ReaderDaysAsync(int unitId)
    {
        var month = Month;
        return Factory.WithDbAsync(db => db.Set<MonthlyUnitReaders>().Where(m => m.UnitId == unitId && m.Month == month).Select(m => m.ReaderDays).FirstOrDefaultAsync());
    }

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class MonthlyReadersTestsSqlite() : MonthlyReadersTests(DatabaseProvider.Sqlite);
public sealed class MonthlyReadersTestsPostgres() : MonthlyReadersTests(DatabaseProvider.Postgres);

/// <summary>Two web hosts on one PostgreSQL database: they share the month's salt, so a reader counts once whichever node served them.</summary>
public sealed class MonthlyReadersTwoNodeTests : IDisposable
{
    private readonly IntranetFactory _a = new(DatabaseProvider.Postgres);
    private readonly IntranetFactory _b;

    public MonthlyReadersTwoNodeTests() => _b = IntranetFactory.OnExisting(DatabaseProvider.Postgres, _a.ConnectionString);

    [Fact]
    public async Task A_reader_served_by_both_nodes_counts_once()
    {
        var unitId = await _a.WithDbAsync(db => db.Units.Where(u => u.Slug == "hjemmetjenesten").Select(u => u.Id).FirstAsync());
        var month = ReaderRollup.Month(DateOnly.FromDateTime(DateTime.UtcNow));
        await _a.WithDbAsync(db => db.Set<MonthlyReaderRegister>().Where(r => r.UnitId == unitId && r.Month == month).ExecuteDeleteAsync());
        var onA = await _a.BrowserClientAsync(DemoUsers.Ansatt);
        var onB = await _b.BrowserClientAsync(DemoUsers.Ansatt);
        var other = await _b.BrowserClientAsync(DemoUsers.Nyansatt);
        await Task.WhenAll(onA.GetAsync("/nyheter/ny-personalhandbok"), onB.GetAsync("/nyheter/ny-personalhandbok"), other.GetAsync("/nyheter/ny-personalhandbok"));
        await Task.WhenAll(_a.FlushAsync(), _b.FlushAsync());

        Assert.Equal(1, await _a.WithDbAsync(db => db.Set<MonthlySalt>().CountAsync(s => s.Month == month)));
        var registers = await _a.WithDbAsync(db => db.Set<MonthlyReaderRegister>().Where(r => r.UnitId == unitId && r.Month == month).ToDictionaryAsync(r => r.Register, r => r.Rank));
        Assert.Equal(2, ReaderSketch.Estimate(registers));
    }

    public void Dispose()
    {
        _b.Dispose();
        _a.Dispose();
    }
}
