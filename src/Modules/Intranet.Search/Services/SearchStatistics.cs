using System.Globalization;
using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Search.Models;
using Intranet.Search.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Services;

/// <summary>
/// Counts searches per normalised query and ISO week — aggregate only, no user. Failing to count never fails
/// the search.
/// </summary>
public sealed class SearchStatistics(IntranetDbContext db, IClock clock, ILogger<SearchStatistics> logger)
{
    public async Task RecordAsync(string? query, bool zeroResults, CancellationToken ct)
    {
        var normalised = UserQueryText.Normalise(query);
        if (normalised.Length == 0) return;
        var week = WeekOf(clock.UtcNow);
        var zero = zeroResults ? 1 : 0;
        try
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var updated = await db.Set<SearchQueryStat>().Where(s => s.Week == week && s.Query == normalised)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Count, x => x.Count + 1)
                        .SetProperty(x => x.ZeroResultCount, x => x.ZeroResultCount + zero), ct);
                if (updated > 0) return;
                try
                {
                    db.Set<SearchQueryStat>().Add(new SearchQueryStat { Week = week, Query = normalised, Count = 1, ZeroResultCount = zero });
                    await db.SaveChangesAsync(ct);
                    return;
                }
                catch (DbUpdateException) { db.ChangeTracker.Clear(); }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not record search statistics.");
        }
    }

    public static string WeekOf(DateTimeOffset at) =>
        $"{ISOWeek.GetYear(at.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(at.UtcDateTime):00}";

    public async Task<List<string>> WeeksAsync(CancellationToken ct) =>
        await db.Set<SearchQueryStat>().Select(s => s.Week).Distinct().OrderByDescending(w => w).Take(26).ToListAsync(ct);

    public Task<List<SearchQueryStat>> TopAsync(string week, CancellationToken ct) =>
        db.Set<SearchQueryStat>().AsNoTracking().Where(s => s.Week == week).OrderByDescending(s => s.Count).ThenBy(s => s.Query).Take(50).ToListAsync(ct);

    public Task<List<SearchQueryStat>> ZeroResultAsync(string week, CancellationToken ct) =>
        db.Set<SearchQueryStat>().AsNoTracking().Where(s => s.Week == week && s.ZeroResultCount > 0)
            .OrderByDescending(s => s.ZeroResultCount).ThenBy(s => s.Query).Take(50).ToListAsync(ct);
}
