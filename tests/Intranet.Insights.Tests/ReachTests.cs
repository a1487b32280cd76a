using Intranet.Core.Models;
using Intranet.Insights.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Insights.Tests;

/// <summary>Views and unique readers are counted without storing who read what.</summary>
public abstract class ReachTests : IDisposable
{
    private const string Story = "kveldsbesok-pa-brukerens-premisser";
    protected readonly TestClock Clock = new();
    protected readonly IntranetFactory Factory;

    protected ReachTests(DatabaseProvider provider) => Factory = new IntranetFactory(provider).UseClock(Clock);

    [Fact]
    public async Task Views_are_counted_per_article_and_day_and_bots_are_not()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var before = await comms.CsvAsync("visninger");
        var reader = await Factory.BrowserClientAsync(DemoUsers.Ansatt);
        var bot = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        bot.DefaultRequestHeaders.UserAgent.ParseAdd("Googlebot/2.1 (+http://www.google.com/bot.html)");

        (await reader.GetAsync($"/historier/{Story}")).EnsureSuccessStatusCode();
        (await reader.GetAsync($"/historier/{Story}")).EnsureSuccessStatusCode();
        (await bot.GetAsync($"/historier/{Story}")).EnsureSuccessStatusCode();
        await reader.GetAsync("/historier/finnes-ikke");
        await Factory.FlushAsync();

        var today = DateOnly.FromDateTime(Clock.UtcNow.UtcDateTime);
        var views = await Factory.WithDbAsync(db => db.Set<ArticleDayViews>()
            .Where(v => v.Day == today && db.Articles.Any(a => a.Id == v.ArticleId && a.Slug == Story)).SumAsync(v => v.Views));
        Assert.Equal(2, views);
        var after = await comms.CsvAsync("visninger");
        Assert.Equal(TestCalls.Number(before[^1][1]) + 2, TestCalls.Number(after[^1][1]));
        Assert.Equal(13, after.Count);
    }

    [Fact]
    public async Task A_reader_counts_once_per_day_for_their_unit_and_the_day_is_rolled_up_into_counts_only()
    {
        var reader = await Factory.BrowserClientAsync(DemoUsers.Ansatt);
        var day = DateOnly.FromDateTime(Clock.UtcNow.UtcDateTime);
        var unitId = await Factory.WithDbAsync(db => db.Units.Where(u => u.Slug == "hjemmetjenesten").Select(u => u.Id).FirstAsync());
        var month = day.ToString("yyyy-MM");
        var readersBefore = await Factory.WithDbAsync(db => db.Set<MonthlyUnitReaders>().Where(m => m.UnitId == unitId && m.Month == month).Select(m => m.ReaderDays).FirstOrDefaultAsync());

        await reader.GetAsync($"/historier/{Story}");
        await reader.GetAsync("/nyheter/ny-personalhandbok");
        await Factory.FlushAsync();

        var hashes = await Factory.WithDbAsync(db => db.Set<DailyReaderHash>().Where(h => h.Day == day).ToListAsync());
        var userId = await Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Ansatt).Select(u => u.Id).FirstAsync());
        var hash = Assert.Single(hashes);
        Assert.Equal(unitId, hash.UnitId);
        Assert.DoesNotContain(userId, hash.Hash);
        Assert.True(await Factory.WithDbAsync(db => db.Set<DailySalt>().AnyAsync(s => s.Day == day)));

        Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(11));
        await WaitUntilAsync(() => Factory.WithDbAsync(async db =>
            !await db.Set<DailyReaderHash>().AnyAsync(h => h.Day == day) && !await db.Set<DailySalt>().AnyAsync(s => s.Day == day)));
        var readersAfter = await Factory.WithDbAsync(db => db.Set<MonthlyUnitReaders>().Where(m => m.UnitId == unitId && m.Month == month).Select(m => m.ReaderDays).FirstAsync());
        Assert.Equal(readersBefore + 1, readersAfter);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return;
            await Task.Delay(200);
        }
        Assert.Fail("The daily rollup did not run.");
    }

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class ReachTestsSqlite() : ReachTests(DatabaseProvider.Sqlite);
public sealed class ReachTestsPostgres() : ReachTests(DatabaseProvider.Postgres);
