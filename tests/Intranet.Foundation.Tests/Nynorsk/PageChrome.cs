using System.Net;
using System.Text.RegularExpressions;

namespace Intranet.Foundation.Tests.Nynorsk;

/// <summary>
/// The parts of a page that are the intranet's own words, never what people wrote: header, menus and footer, and
/// everywhere the labels, buttons, legends, table headers and the accessible names in attributes.
/// What people wrote (marked lang="nb" on nynorsk pages), row headers of data tables (article titles, search words)
/// and labels of article pickers are left out: they may well be in bokmål.
/// </summary>
public static partial class PageChrome
{
    public static IEnumerable<string> Texts(string html)
    {
        html = WithoutBokmalContent(ScriptOrStyle().Replace(html, " "));
        foreach (var region in new[] { Header(), Footer() })
            foreach (Match m in region.Matches(html)) yield return Visible(m.Value);
        foreach (Match m in Control().Matches(html))
            if (!m.Value.Contains("scope=\"row\"") && !m.Value.Contains("for=\"pick-")) yield return Visible(m.Groups[2].Value);
        foreach (Match m in AccessibleName().Matches(html)) yield return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>Drops every element marked lang="nb": what people wrote in bokmål, shown as such on nynorsk pages.</summary>
    private static string WithoutBokmalContent(string html)
    {
        for (var open = BokmalElement().Match(html); open.Success; open = BokmalElement().Match(html))
        {
            var tag = open.Groups[1].Value;
            var depth = 0;
            var end = html.Length;
            foreach (Match t in new Regex($"<(/?){tag}\\b[^>]*>").Matches(html, open.Index))
            {
                depth += t.Groups[1].Value.Length == 0 ? 1 : -1;
                if (depth == 0) { end = t.Index + t.Length; break; }
            }
            html = html[..open.Index] + " " + html[end..];
        }
        return html;
    }

    private static string Visible(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " "));

    /// <summary>Common bokmål words with a different nynorsk form (ikkje, kva, korleis, viss, eg, eining, …).</summary>
    public static readonly string[] BokmalWords =
        ["ikke", "hva", "hvordan", "hvis", "jeg", "enhet", "enheter", "enheten", "ansatte", "også", "fra", "være", "noen",
         "kommentarer", "hvem", "hvor", "hver", "bare", "uten", "ble", "mye", "disse", "dere", "nå"];

    public static IEnumerable<string> BokmalIn(string text) =>
        Word().Matches(text).Select(m => m.Value).Where(w => BokmalWords.Contains(w.ToLowerInvariant()));

    [GeneratedRegex("<(script|style)\\b.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<([a-z0-9]+)\\b[^>]*\\blang=\"nb\"[^>]*>")]
    private static partial Regex BokmalElement();

    [GeneratedRegex("<header class=\"site-header\".*?</header>", RegexOptions.Singleline)]
    private static partial Regex Header();

    [GeneratedRegex("<footer class=\"site-footer\".*?</footer>", RegexOptions.Singleline)]
    private static partial Regex Footer();

    [GeneratedRegex("<(label|button|legend|th|summary|caption)\\b[^>]*>(.*?)</\\1>", RegexOptions.Singleline)]
    private static partial Regex Control();

    [GeneratedRegex("(?:aria-label|placeholder|title)=\"([^\"]*)\"")]
    private static partial Regex AccessibleName();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("[\\p{L}]+")]
    private static partial Regex Word();
}
