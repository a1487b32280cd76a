using System.Text;
using Intranet.Insights.Charts;
using Xunit;

namespace Intranet.Insights.Tests;

public sealed class CsvExportTests
{
    [Fact]
    public void Csv_is_utf8_with_bom_semicolons_quotes_and_defused_formulas()
    {
        var chart = new ChartData("x", "Tittel", "Beskrivelse", "Søk",
            ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "a;b", "sa \"hei\"", "linje\nto", "æøå"],
            [new ChartSeries("Antall", [1, 2.5, -20, null, 1234.5, 0, 3, 4])], ChartKind.Bars);

        var bytes = CsvExport.Write(chart, s => s);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var expected = string.Join("\r\n",
            "Søk;Antall",
            "\"'=HYPERLINK(\"\"http://x\"\")\";1",
            "'+1;2,5",
            "'-2;-20",
            "'@SUM(A1);",
            "\"a;b\";1234,5",
            "\"sa \"\"hei\"\"\";0",
            "\"linje\nto\";3",
            "æøå;4") + "\r\n";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Headers_are_translated_and_defused_too()
    {
        var chart = new ChartData("x", "T", "D", "=Måned", ["jan."], [new ChartSeries("Visninger", [1])]);
        var text = Encoding.UTF8.GetString(CsvExport.Write(chart, s => s == "Visninger" ? "Visingar" : s)[3..]);
        Assert.StartsWith("'=Måned;Visingar\r\n", text);
    }
}
