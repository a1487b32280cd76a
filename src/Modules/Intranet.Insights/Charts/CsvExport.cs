using System.Text;

namespace Intranet.Insights.Charts;

/// <summary>
/// A chart's data as CSV for Norwegian Excel: UTF-8 with BOM, ';' between cells, CRLF, cells quoted when they hold
/// ';', quotes or line breaks. Text cells that start with = + - @ (or tab/CR) get a leading apostrophe so a
/// spreadsheet never runs them as a formula (CSV injection); numbers we format ourselves are left as numbers.
/// </summary>
public static class CsvExport
{
    public static byte[] Write(ChartData chart, Func<string, string> translate)
    {
        var csv = new StringBuilder();
        Line(csv, [Text(translate(chart.LabelHeader)), .. chart.Series.Select(s => Text(translate(s.Name)))]);
        for (var i = 0; i < chart.Labels.Count; i++)
            Line(csv, [Text(chart.Labels[i]), .. chart.Series.Select(s => Quote(ChartFormat.Plain(i < s.Values.Count ? s.Values[i] : null)))]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(';', cells)).Append("\r\n");

    /// <summary>A text cell, defused against formula injection and quoted as needed.</summary>
    public static string Text(string value) => Quote(IsFormulaStart(value) ? "'" + value : value);

    private static bool IsFormulaStart(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\n', '\r']) >= 0 || value != value.Trim() ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
