using System.Globalization;

namespace Intranet.Insights.Charts;

/// <summary>Numbers as Norwegians read them (decimal comma), shared by the tables, the SVG and the CSV.</summary>
public static class ChartFormat
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>nb-NO with an ASCII minus: spreadsheets do not read U+2212 as a sign.</summary>
    private static readonly NumberFormatInfo Spreadsheet = Create();

    private static NumberFormatInfo Create()
    {
        var format = (NumberFormatInfo)Norwegian.NumberFormat.Clone();
        format.NegativeSign = "-";
        return format;
    }

    public static string Number(double? value) =>
        value is double v ? v.ToString("#,##0.##", Norwegian).Replace('\u00a0', ' ') : "–";

    /// <summary>For CSV: no thousands separator, so spreadsheets read it as a number.</summary>
    public static string Plain(double? value) => value is double v ? v.ToString("0.##", Spreadsheet) : "";
}
