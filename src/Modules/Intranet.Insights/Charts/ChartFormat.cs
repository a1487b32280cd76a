using System.Globalization;

namespace Intranet.Insights.Charts;

/// <summary>Numbers as Norwegians read them (decimal comma), shared by the tables, the SVG and the CSV.</summary>
public static class ChartFormat
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static string Number(double? value) =>
        value is double v ? v.ToString("#,##0.##", Norwegian).Replace('\u00a0', ' ') : "–";

    /// <summary>For CSV: no thousands separator, so spreadsheets read it as a number.</summary>
    public static string Plain(double? value) => value is double v ? v.ToString("0.##", Norwegian) : "";
}
