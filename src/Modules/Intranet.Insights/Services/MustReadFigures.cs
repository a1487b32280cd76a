using Intranet.Core.Data;
using Intranet.Insights.Charts;
using Intranet.News.Models;
using Intranet.News.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Services;

/// <summary>The share of must-read confirmations, by the News module's own count (the only record of reading).</summary>
public sealed class MustReadFigures(IntranetDbContext db, MustReadService mustRead)
{
    public async Task<List<ChartData>> BuildAsync(InsightsScope scope, MonthAxis axis, CancellationToken ct)
    {
        var items = db.Set<NewsItem>();
        var mustReads = await db.Articles.AsNoTracking()
            .Where(a => a.PublishedAt >= axis.Start && items.Any(n => n.ArticleId == a.Id && n.MustRead))
            .OrderBy(a => a.PublishedAt).Select(a => new { a.Id, a.Title, a.PublishedAt }).ToListAsync(ct);
        var rows = new List<(string Month, string Title, int Employees, int Confirmed)>();
        foreach (var item in mustReads)
        {
            var shares = (await mustRead.SharesAsync(item.Id, ct)).Where(s => scope.Includes(s.UnitId)).ToList();
            if (shares.Sum(s => s.Employees) > 0)
                rows.Add((MonthAxis.Key(item.PublishedAt!.Value), item.Title, shares.Sum(s => s.Employees), shares.Sum(s => s.Confirmed)));
        }
        var perMonth = rows.GroupBy(r => r.Month)
            .ToDictionary(g => g.Key, g => (double?)Math.Round(100.0 * g.Sum(r => r.Confirmed) / g.Sum(r => r.Employees), 1));
        return
        [
            ReachFigures.Trend(axis, "lesebekreftelser", "Andel som har bekreftet viktige saker",
                "Prosent av mottakerne som har bekreftet at de har lest saker merket «Viktig – bekreft at du har lest», etter måneden saken ble publisert.",
                [new ChartSeries("Bekreftet (prosent)", axis.Series(m => perMonth.GetValueOrDefault(m)))]),
            new ChartData("lesebekreftelser-saker", "Bekreftelser per viktig sak", "Andel mottakere som har bekreftet hver viktig sak.", "Sak",
                rows.Select(r => r.Title).ToList(),
                [
                    new ChartSeries("Bekreftet (prosent)", rows.Select(r => (double?)Math.Round(100.0 * r.Confirmed / r.Employees, 1)).ToList()),
                    new ChartSeries("Mottakere", rows.Select(r => (double?)r.Employees).ToList(), Plotted: false),
                    new ChartSeries("Bekreftet", rows.Select(r => (double?)r.Confirmed).ToList(), Plotted: false),
                ], ChartKind.Bars, Section: ReachFigures.Section),
        ];
    }
}
