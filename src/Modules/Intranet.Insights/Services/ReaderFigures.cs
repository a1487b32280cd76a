using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Insights.Charts;
using Intranet.Insights.Models;
using Intranet.Insights.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Services;

/// <summary>
/// Unique readers: per month for the viewer's units (their monthly sketches merged, so someone who moved unit in the
/// month counts once), and per sector and unit. Also the average daily unique readers from the day counts.
/// </summary>
public sealed class ReaderFigures(IntranetDbContext db)
{
    public async Task<List<ChartData>> BuildAsync(InsightsScope scope, MonthAxis axis, CancellationToken ct)
    {
        var first = axis.Keys[0];
        var registers = (await db.Set<MonthlyReaderRegister>().AsNoTracking().Where(r => string.Compare(r.Month, first) >= 0)
            .Select(r => new { r.UnitId, r.Month, r.Register, r.Rank }).ToListAsync(ct)).Where(r => scope.Includes(r.UnitId)).ToList();
        var sketches = registers.GroupBy(r => (r.Month, r.UnitId))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, int>)g.ToDictionary(r => r.Register, r => r.Rank));
        return [await TrendAsync(scope, axis, sketches, ct), await PerUnitAsync(scope, axis, sketches, ct)];
    }

    private async Task<ChartData> TrendAsync(InsightsScope scope, MonthAxis axis, Dictionary<(string Month, int UnitId), IReadOnlyDictionary<int, int>> sketches, CancellationToken ct)
    {
        var first = axis.Keys[0];
        var days = await db.Set<MonthlyUnitReaders>().AsNoTracking().Where(r => string.Compare(r.Month, first) >= 0).ToListAsync(ct);
        var readerDays = days.Where(r => scope.Includes(r.UnitId)).GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Sum(r => r.ReaderDays));
        var daily = axis.Keys.Select((m, i) => readerDays.TryGetValue(m, out var sum) ? Math.Round((double)sum / axis.DaysSoFar(i), 1) : (double?)0).ToList();
        var monthly = axis.Series(m => ReaderSketch.Estimate(ReaderSketch.Merge(sketches.Where(s => s.Key.Month == m).Select(s => s.Value))));
        return ReachFigures.Trend(axis, "lesere", "Unike lesere per måned",
            "Hvor mange ulike innloggede som leste minst én sak i måneden, og snittet per dag. Anslått uten å lagre hvem: en nøkkel som byttes hver måned og slettes når måneden er over (feilmargin rundt 2 prosent).",
            [new ChartSeries("Unike lesere i måneden", monthly), new ChartSeries("Unike lesere per dag (snitt)", daily)]);
    }

    private async Task<ChartData> PerUnitAsync(InsightsScope scope, MonthAxis axis, Dictionary<(string Month, int UnitId), IReadOnlyDictionary<int, int>> sketches, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        var rows = new List<(string Label, double Last, double Current, double? Baseline)>();
        foreach (var sector in units.Where(u => u.IsSector))
        {
            var members = units.Where(u => u.Id == sector.Id || u.ParentId == sector.Id).Select(u => u.Id).ToHashSet();
            if (scope.All) rows.Add(Row($"{sector.Name} (sektor)", members, axis, sketches));
            foreach (var unit in units.Where(u => u.ParentId == sector.Id && scope.Includes(u.Id)))
                rows.Add(Row($"{sector.Name} – {unit.Name}", new HashSet<int> { unit.Id }, axis, sketches));
        }
        rows = rows.Where(r => r.Last + r.Current > 0 || r.Baseline > 0).ToList();
        return new ChartData("lesere-enheter", "Unike lesere per enhet",
            "Ulike innloggede i hver sektor og enhet som leste minst én sak forrige måned, så langt denne måneden, og snitt per måned i utgangsperioden.",
            "Sektor og enhet", rows.Select(r => r.Label).ToList(),
            [
                new ChartSeries("Forrige måned", rows.Select(r => (double?)r.Last).ToList()),
                new ChartSeries("Hittil denne måneden", rows.Select(r => (double?)r.Current).ToList(), Plotted: false),
                new ChartSeries("Snitt per måned i utgangsperioden", rows.Select(r => r.Baseline).ToList(), Plotted: false),
            ], ChartKind.Bars, Section: ReachFigures.Section);
    }

    private static (string, double, double, double?) Row(string label, IReadOnlySet<int> units, MonthAxis axis, Dictionary<(string Month, int UnitId), IReadOnlyDictionary<int, int>> sketches)
    {
        double Readers(int index) => ReaderSketch.Estimate(ReaderSketch.Merge(
            sketches.Where(s => s.Key.Month == axis.Keys[index] && units.Contains(s.Key.UnitId)).Select(s => s.Value)));
        var last = axis.Keys.Count - 1;
        double? baseline = axis.BaselineFrom < 0 ? null
            : Math.Round(Enumerable.Range(axis.BaselineFrom, axis.BaselineTo - axis.BaselineFrom + 1).Average(Readers), 1);
        return (label, Readers(last - 1), Readers(last), baseline);
    }
}
