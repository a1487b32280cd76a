using Intranet.Core.Data;
using Intranet.Insights.Charts;
using Intranet.Search.Models;
using Intranet.Search.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Services;

/// <summary>
/// Top queries and queries that found nothing, summed over the period from Search's weekly statistics. The statistics
/// know no unit, so every dashboard user sees the same lists; a query is listed only when it was searched at least
/// <see cref="MinimumSearches"/> times in the period, so something typed once or twice (a colleague's name, a
/// personal matter) never appears.
/// </summary>
public sealed class SearchFigures(IntranetDbContext db)
{
    public const string Section = "Søk";
    public const int MinimumSearches = 5;

    public async Task<List<ChartData>> BuildAsync(MonthAxis axis, CancellationToken ct)
    {
        var firstWeek = SearchStatistics.WeekOf(axis.Start);
        var stats = (await db.Set<SearchQueryStat>().AsNoTracking().Where(s => string.Compare(s.Week, firstWeek) >= 0)
                .Select(s => new { s.Query, s.Count, s.ZeroResultCount }).ToListAsync(ct))
            .GroupBy(s => s.Query).Select(g => (Query: g.Key, Count: g.Sum(s => s.Count), Zero: g.Sum(s => s.ZeroResultCount)))
            .Where(s => s.Count >= MinimumSearches).ToList();
        var top = stats.OrderByDescending(s => s.Count).ThenBy(s => s.Query, StringComparer.Ordinal).Take(15).ToList();
        var zero = stats.Where(s => s.Zero > 0).OrderByDescending(s => s.Zero).ThenBy(s => s.Query, StringComparer.Ordinal).Take(15).ToList();
        return
        [
            new ChartData("sok", "Mest brukte søk", "De vanligste søkene i perioden. Bare antall per søk lagres, aldri hvem som søkte. Søk brukt færre enn 5 ganger vises ikke.", "Søk",
                top.Select(s => s.Query).ToList(),
                [
                    new ChartSeries("Antall søk", top.Select(s => (double?)s.Count).ToList()),
                    new ChartSeries("Uten treff", top.Select(s => (double?)s.Zero).ToList(), Plotted: false),
                ], ChartKind.Bars, Section: Section),
            new ChartData("sok-uten-treff", "Søk uten treff", "Søk som ikke fant noe: tegn på innhold som mangler eller ord som trenger synonymer. Søk brukt færre enn 5 ganger vises ikke.", "Søk",
                zero.Select(s => s.Query).ToList(), [new ChartSeries("Ganger uten treff", zero.Select(s => (double?)s.Zero).ToList())], ChartKind.Bars, Section: Section),
        ];
    }
}
