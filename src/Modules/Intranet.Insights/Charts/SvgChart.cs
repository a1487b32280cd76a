using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Intranet.Insights.Charts;

/// <summary>
/// Server-rendered, accessible SVG: role="img" named by its &lt;title&gt; and &lt;desc&gt;, text in dark ink, series told
/// apart by line style and marker shape as well as colour, the baseline band labelled in words. A data table
/// follows every chart on the page, so the SVG is never the only way to the numbers.
/// </summary>
public static class SvgChart
{
    internal const int Width = 640;
    private static readonly string[] Colours = ["#0b4f8a", "#a4161a", "#1b1b1f"];
    private static readonly string[] Dashes = ["", "8 5", "2 4"];

    public static IHtmlContent Render(ChartData chart, Func<string, string> t, string id)
    {
        var svg = new StringBuilder();
        var body = chart.Kind == ChartKind.Trend ? TrendBody(chart, t, out var height) : BarBody(chart, out height);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {Width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{E(t(chart.Title))}</title><desc id=\"{id}-d\">{E(t(chart.Description))}</desc>");
        svg.Append(body).Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    internal static string E(string text) => HtmlEncoder.Default.Encode(text);

    internal static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string TrendBody(ChartData chart, Func<string, string> t, out int height)
    {
        height = 300;
        var plotted = chart.Series.Where(s => s.Plotted).ToList();
        var scale = TrendScale.For(chart, plotted, height);
        var svg = new StringBuilder();
        if (chart.HasBaseline) svg.Append(scale.Baseline(chart, t(chart.LabelHeader == "Runde" ? "Første runde" : "Utgangspunkt")));
        svg.Append(scale.Axes(chart));
        for (var i = 0; i < plotted.Count; i++) svg.Append(scale.Line(plotted[i], Colours[i % 3], Dashes[i % 3], i));
        svg.Append(Legend(plotted, t));
        return svg.ToString();
    }

    private static string Legend(List<ChartSeries> series, Func<string, string> t)
    {
        var svg = new StringBuilder();
        var x = 56.0;
        for (var i = 0; i < series.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" y1=\"14\" x2=\"{N(x + 28)}\" y2=\"14\" stroke=\"{Colours[i % 3]}\" stroke-width=\"3\" stroke-dasharray=\"{Dashes[i % 3]}\"/>");
            svg.Append(TrendScale.Marker(x + 14, 14, i, Colours[i % 3]));
            var name = t(series[i].Name);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 34)}\" y=\"19\" class=\"chart__text\">{E(name)}</text>");
            x += 48 + name.Length * 7.5;
        }
        return svg.ToString();
    }

    private static string BarBody(ChartData chart, out int height)
    {
        var series = chart.Series.FirstOrDefault(s => s.Plotted) ?? chart.Series[0];
        const int row = 44, top = 8;
        height = Math.Max(60, top + chart.Labels.Count * row + 8);
        var values = series.Values.Select(v => v ?? 0).ToList();
        var min = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var max = Math.Max(values.DefaultIfEmpty(0).Max(), min + 1);
        const double left = 8, width = Width - 90;
        double X(double v) => left + (v - min) / (max - min) * width;
        var svg = new StringBuilder();
        for (var i = 0; i < chart.Labels.Count; i++)
        {
            var y = top + i * row;
            var (a, b) = (X(Math.Min(0, values[i])), X(Math.Max(0, values[i])));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(left)}\" y=\"{y + 14}\" class=\"chart__text\">{E(Shorten(chart.Labels[i]))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(a)}\" y=\"{y + 20}\" width=\"{N(Math.Max(1, b - a))}\" height=\"16\" fill=\"{Colours[0]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(b + 6)}\" y=\"{y + 33}\" class=\"chart__text\">{E(ChartFormat.Number(series.Values[i]))}</text>");
        }
        return svg.ToString();
    }

    private static string Shorten(string label) => label.Length > 80 ? label[..79] + "…" : label;
}
