using System.Globalization;

namespace Intranet.Insights.Services;

/// <summary>The months a trend covers ("2025-12" … "2026-11", ending with the current one) and the baseline inside it.</summary>
public sealed class MonthAxis
{
    public MonthAxis(DateTimeOffset now, InsightsOptions options)
    {
        var current = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);
        var count = Math.Clamp(options.Months, 2, 60);
        Months = Enumerable.Range(0, count).Select(i => current.AddMonths(i - count + 1)).ToList();
        Keys = Months.Select(Key).ToList();
        var start = options.BaselineStart is { Length: > 0 } s ? Keys.IndexOf(s) : 0;
        var length = Math.Max(0, options.BaselineMonths);
        (BaselineFrom, BaselineTo) = start < 0 || length == 0 ? (-1, -1) : (start, Math.Min(count - 1, start + length - 1));
        Now = now;
    }

    public IReadOnlyList<DateOnly> Months { get; }
    public List<string> Keys { get; }
    public int BaselineFrom { get; }
    public int BaselineTo { get; }
    public DateTimeOffset Now { get; }

    public DateOnly FirstDay => Months[0];
    public DateTimeOffset Start => new(FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>"nov. 2026" in the current UI culture.</summary>
    public IReadOnlyList<string> Labels => Months.Select(m => m.ToString("MMM yy", CultureInfo.CurrentCulture)).ToList();

    public static string Key(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Key(DateTimeOffset at) => Key(DateOnly.FromDateTime(at.UtcDateTime));

    /// <summary>Days of the month that have passed (the whole month for earlier months).</summary>
    public int DaysSoFar(int index)
    {
        var m = Months[index];
        var days = DateTime.DaysInMonth(m.Year, m.Month);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        return m.Year == today.Year && m.Month == today.Month ? Math.Max(1, today.Day) : days;
    }

    /// <summary>One value per month from a month-key lookup (null where nothing was measured).</summary>
    public List<double?> Series(Func<string, double?> valueOf) => Keys.Select(valueOf).ToList();

}
