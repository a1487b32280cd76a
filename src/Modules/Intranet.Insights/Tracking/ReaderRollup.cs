using System.Globalization;
using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Tracking;

/// <summary>
/// At day end: counts each finished day's distinct hashes per unit into <see cref="MonthlyUnitReaders"/>, then deletes
/// that day's hashes and its salt in the same transaction (so a retried run never counts twice). At month end it
/// destroys the month's sketch salt: from then on the month's sketch cannot be re-linked to anyone.
/// </summary>
public sealed class ReaderRollup(IntranetDbContext db, IClock clock, ReaderSalt salts, MonthlyReaderKey monthly, ViewBuffer buffer)
{
    /// <summary>A day is rolled up this long after it ended, so late buffered hashes from other nodes are in.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var before = DateOnly.FromDateTime((clock.UtcNow - Grace).UtcDateTime);
        var month = Month(before);
        var strategy = db.Database.CreateExecutionStrategy();
        var days = 0;
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var counts = await db.Set<DailyReaderHash>().Where(h => h.Day < before)
                .GroupBy(h => new { h.Day, h.UnitId }).Select(g => new { g.Key.Day, g.Key.UnitId, Readers = g.Count() }).ToListAsync(ct);
            foreach (var c in counts) await AddAsync(c.UnitId, Month(c.Day), c.Readers, ct);
            await db.SaveChangesAsync(ct);
            await db.Set<DailyReaderHash>().Where(h => h.Day < before).ExecuteDeleteAsync(ct);
            await db.Set<DailySalt>().Where(s => s.Day < before).ExecuteDeleteAsync(ct);
            await db.Set<MonthlySalt>().Where(s => string.Compare(s.Month, month) < 0).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
            days = counts.Select(c => c.Day).Distinct().Count();
        });
        db.ChangeTracker.Clear();
        salts.ForgetBefore(before);
        monthly.ForgetBefore(month);
        buffer.ForgetBefore(month);
        return days;
    }

    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task AddAsync(int unitId, string month, int readers, CancellationToken ct)
    {
        var row = await db.Set<MonthlyUnitReaders>().FindAsync([unitId, month], ct);
        if (row is null) db.Set<MonthlyUnitReaders>().Add(row = new MonthlyUnitReaders { UnitId = unitId, Month = month });
        row.ReaderDays += readers;
        row.ActiveDays += 1;
        row.PeakDay = Math.Max(row.PeakDay, readers);
    }
}
