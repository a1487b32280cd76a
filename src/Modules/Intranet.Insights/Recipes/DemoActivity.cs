using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Insights.Models;
using Intranet.Insights.Tracking;
using Intranet.Search.Models;
using Intranet.Search.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Recipes;

/// <summary>
/// Deterministic synthetic activity for the demo: the same seed gives the same numbers. After the first three
/// months (the baseline) activity rises a little, as one hopes the reputation work makes it do.
/// </summary>
internal sealed class DemoActivity(IntranetDbContext db, DateTimeOffset now, int seed)
{
    private readonly Random _random = new(seed);
    private readonly DateOnly _today = DateOnly.FromDateTime(now.UtcDateTime);
    private DateOnly Start => new DateOnly(_today.Year, _today.Month, 1).AddMonths(-11);

    /// <summary>Growth after the baseline: 1.0 in the first three months, rising to about 1.4.</summary>
    private double Lift(DateOnly day) => 1.0 + Math.Max(0, (day.DayNumber - Start.AddMonths(3).DayNumber) / 270.0) * 0.4;

    public async Task ViewsAsync(CancellationToken ct)
    {
        var articles = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null)
            .Select(a => new { a.Id, a.PublishedAt }).ToListAsync(ct);
        foreach (var article in articles.OrderBy(a => a.Id))
        {
            var published = DateOnly.FromDateTime(article.PublishedAt!.Value.UtcDateTime);
            var first = published < Start ? Start : published;
            var popularity = 40 + _random.Next(80);
            for (var day = first; day < _today; day = day.AddDays(1))
            {
                var age = day.DayNumber - published.DayNumber;
                var expected = popularity * Math.Exp(-age / 12.0) * Lift(day) + (_random.NextDouble() < 0.15 ? 1 : 0);
                var views = (int)Math.Round(expected * (0.7 + _random.NextDouble() * 0.6));
                if (views > 0) db.Add(new ArticleDayViews { ArticleId = article.Id, Day = day, Views = views });
            }
        }
    }

    public async Task ReadersAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.ParentId != null).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);
        foreach (var unit in units)
        {
            var staff = 8 + _random.Next(40);
            for (var month = Start; month <= _today; month = month.AddMonths(1))
            {
                var days = month.Year == _today.Year && month.Month == _today.Month ? _today.Day - 1 : DateTime.DaysInMonth(month.Year, month.Month);
                if (days <= 0) continue;
                var daily = staff * (0.35 + _random.NextDouble() * 0.1) * Lift(month);
                var readerDays = (int)Math.Round(daily * days);
                db.Add(new MonthlyUnitReaders
                {
                    UnitId = unit, Month = ReaderRollup.Month(month), ReaderDays = readerDays,
                    ActiveDays = days, PeakDay = (int)Math.Ceiling(daily * 1.5),
                });
                AddSketch(unit, ReaderRollup.Month(month), (int)Math.Min(staff, Math.Round(staff * (0.6 + _random.NextDouble() * 0.1) * Lift(month))));
            }
        }
    }

    /// <summary>A month's sketch as if <paramref name="readers"/> distinct people had read (random keyed hashes).</summary>
    private void AddSketch(int unit, string month, int readers)
    {
        var sketch = new Dictionary<int, int>();
        var hash = new byte[8];
        for (var i = 0; i < readers; i++)
        {
            _random.NextBytes(hash);
            var (register, rank) = ReaderSketch.Position(hash);
            ReaderSketch.Add(sketch, register, rank);
        }
        foreach (var (register, rank) in sketch)
            db.Add(new MonthlyReaderRegister { UnitId = unit, Month = month, Register = register, Rank = rank });
    }

    private static readonly string[] Queries =
        ["turnus", "lønn", "ferie", "sykemelding", "tæl", "permisjon", "kantine", "parkering", "velferd", "hms", "ansattsamtale", "vpn"];
    private static readonly string[] Missing = ["hjemmekontor", "fagforening", "pensjon"];

    public void SearchCounts()
    {
        for (var week = Start; week <= _today; week = week.AddDays(7))
        {
            var at = new DateTimeOffset(week.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var key = SearchStatistics.WeekOf(at);
            for (var i = 0; i < Queries.Length; i++)
                db.Add(new SearchQueryStat { Week = key, Query = Queries[i], Count = (int)((30 - i * 2) * Lift(week)) + _random.Next(6), ZeroResultCount = 0 });
            foreach (var q in Missing)
            {
                var n = 2 + _random.Next(5);
                db.Add(new SearchQueryStat { Week = key, Query = q, Count = n, ZeroResultCount = n });
            }
        }
    }

    public Task PulseAsync(PulseSeed pulse, CancellationToken ct) => new DemoPulse(db, now, _random).AddAsync(pulse, ct);
}
