namespace Intranet.Insights.Charts;

public enum ChartKind
{
    /// <summary>Months along the x axis, one line per plotted series, baseline band shaded.</summary>
    Trend,
    /// <summary>Named categories as horizontal bars (first plotted series), value printed at each bar.</summary>
    Bars,
}

/// <summary>One series; series that are not plotted appear only in the data table and the CSV.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, bool Plotted = true);

/// <summary>
/// Everything a chart shows, in one shape for the SVG, the data table and the CSV export. Texts are bokmål
/// and translated where they are shown. Baseline indices are inclusive (−1 when there is no baseline).
/// </summary>
public sealed record ChartData(
    string Key,
    string Title,
    string Description,
    string LabelHeader,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series,
    ChartKind Kind = ChartKind.Trend,
    int BaselineFrom = -1,
    int BaselineTo = -1,
    string Section = "")
{
    public bool HasBaseline => BaselineFrom >= 0 && BaselineTo >= BaselineFrom;

    public bool IsEmpty => Series.All(s => s.Values.All(v => v is null or 0));

    /// <summary>The mean of a series over the baseline period and over the last as many months, for the summary.</summary>
    public (double? Baseline, double? Latest) Compare(ChartSeries series)
    {
        if (!HasBaseline) return (null, null);
        var length = BaselineTo - BaselineFrom + 1;
        return (Mean(series.Values.Skip(BaselineFrom).Take(length)), Mean(series.Values.TakeLast(length)));
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : present.Average();
    }
}
