using System.Globalization;
using System.Text;
using static Intranet.Insights.Charts.SvgChart;

namespace Intranet.Insights.Charts;

/// <summary>Coordinates of a trend chart: month steps across, a rounded value range up, and the pieces drawn on them.</summary>
internal sealed class TrendScale
{
    private const double Left = 56, Right = 16, Top = 32, Bottom = 44;
    private readonly double _min, _max, _bottomY, _step;

    private TrendScale(double min, double max, int height, int count)
    {
        (_min, _max, _bottomY) = (min, max, height - Bottom);
        _step = (Width - Left - Right) / Math.Max(1, count - 1);
    }

    public static TrendScale For(ChartData chart, List<ChartSeries> series, int height)
    {
        var values = series.SelectMany(s => s.Values).OfType<double>().ToList();
        var min = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var max = Nice(Math.Max(values.DefaultIfEmpty(0).Max(), 1));
        if (min < 0) min = -Nice(-min);
        return new TrendScale(min, max, height, chart.Labels.Count);
    }

    private static double Nice(double v)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(v)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(n => n >= v);
    }

    private double X(int i) => Left + i * _step;
    private double Y(double v) => _bottomY - (v - _min) / (_max - _min) * (_bottomY - Top);

    public string Baseline(ChartData chart, string label)
    {
        var from = X(chart.BaselineFrom) - _step / 2;
        var to = X(chart.BaselineTo) + _step / 2;
        from = Math.Max(Left, from);
        to = Math.Min(Width - Right, Math.Max(to, from + 8));
        return string.Create(CultureInfo.InvariantCulture,
            $"<rect x=\"{N(from)}\" y=\"{N(Top)}\" width=\"{N(to - from)}\" height=\"{N(_bottomY - Top)}\" class=\"chart__baseline\"/>" +
            $"<text x=\"{N(from + 4)}\" y=\"{N(Top + 14)}\" class=\"chart__text chart__text--small\">{E(label)}</text>");
    }

    public string Axes(ChartData chart)
    {
        var svg = new StringBuilder();
        for (var k = 0; k <= 4; k++)
        {
            var v = _min + (_max - _min) * k / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{N(Y(v))}\" y2=\"{N(Y(v))}\" class=\"chart__grid\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left - 6)}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\" class=\"chart__text chart__text--small\">{E(ChartFormat.Number(v))}</text>");
        }
        var every = chart.Labels.Count > 12 ? 2 : 1;
        for (var i = 0; i < chart.Labels.Count; i += every)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i))}\" y=\"{N(_bottomY + 18)}\" text-anchor=\"middle\" class=\"chart__text chart__text--small\">{E(chart.Labels[i])}</text>");
        return svg.ToString();
    }

    public string Line(ChartSeries series, string colour, string dash, int index)
    {
        var svg = new StringBuilder();
        var segment = new List<string>();
        void Close()
        {
            if (segment.Count > 1) svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', segment)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\" stroke-dasharray=\"{dash}\"/>");
            segment.Clear();
        }
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is not double v) { Close(); continue; }
            segment.Add($"{N(X(i))},{N(Y(v))}");
        }
        Close();
        for (var i = 0; i < series.Values.Count; i++)
            if (series.Values[i] is double v) svg.Append(Marker(X(i), Y(v), index, colour));
        return svg.ToString();
    }

    /// <summary>Circle, square or triangle: the series differ in shape, not only in colour.</summary>
    public static string Marker(double x, double y, int index, string colour) => (index % 3) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"4.5\" fill=\"{colour}\"/>"),
        1 => string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{N(x - 4.5)}\" y=\"{N(y - 4.5)}\" width=\"9\" height=\"9\" fill=\"{colour}\"/>"),
        _ => string.Create(CultureInfo.InvariantCulture, $"<path d=\"M{N(x)} {N(y - 5.5)} L{N(x + 5.5)} {N(y + 4.5)} L{N(x - 5.5)} {N(y + 4.5)} Z\" fill=\"{colour}\"/>"),
    };
}
