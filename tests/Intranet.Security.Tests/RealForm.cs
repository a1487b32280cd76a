using System.Net;
using System.Text.RegularExpressions;

namespace Intranet.Security.Tests;

/// <summary>
/// The fields a page's own form would post (inputs with their values, ticked boxes, textareas, the selected option, the
/// named submit button), read from its HTML, so the sweep can post a real form with one field made hostile and so reach
/// the handler's checks past binding and lookups (real ids, real slugs, real choices).
/// </summary>
public static partial class RealForm
{
    /// <summary>
    /// The fields of the POST form on the page aimed at the handler (by action or a button's formaction); of several
    /// (the layout has small forms of its own), the one with the most fields.
    /// </summary>
    public static List<KeyValuePair<string, string>>? For(string html, string path, string? handler) =>
        FormPattern().Matches(html)
            .Where(form => Attr(form.Groups[1].Value, "method").Equals("post", StringComparison.OrdinalIgnoreCase))
            .Where(form => TagPattern("button").Matches(form.Groups[2].Value).Select(b => Attr(b.Value, "formaction"))
                .Append(Attr(form.Groups[1].Value, "action")).Any(t => Aims(t, path, handler)))
            .Select(form => Fields(form.Groups[2].Value)).MaxBy(fields => fields.Count);

    /// <summary>An action (or formaction) posting to this page (its path, or none) and naming this handler.</summary>
    private static bool Aims(string action, string path, string? handler)
    {
        action = WebUtility.HtmlDecode(action);
        var target = action.Split('?')[0];
        if (target.Length > 0 && !target.Equals(path, StringComparison.OrdinalIgnoreCase)) return false;
        var named = Regex.Match(action, "[?&]handler=([^&]+)", RegexOptions.IgnoreCase);
        return handler is null ? !named.Success : named.Success && named.Groups[1].Value.Equals(handler, StringComparison.OrdinalIgnoreCase);
    }

    private static List<KeyValuePair<string, string>> Fields(string body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match m in TagPattern("input").Matches(body))
        {
            var type = Attr(m.Value, "type").ToLowerInvariant();
            if (type is "submit" or "button" or "file" or "image" || (type is "checkbox" or "radio" && !m.Value.Contains(" checked"))) continue;
            Add(fields, Attr(m.Value, "name"), Attr(m.Value, "value"));
        }
        foreach (Match m in TextareaPattern().Matches(body)) Add(fields, Attr(m.Groups[1].Value, "name"), m.Groups[2].Value);
        foreach (Match m in SelectPattern().Matches(body))
        {
            var options = TagPattern("option").Matches(m.Groups[2].Value).Select(o => o.Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Contains(" selected")) ?? options.FirstOrDefault(o => Attr(o, "value").Length > 0);
            Add(fields, Attr(m.Groups[1].Value, "name"), chosen is null ? "" : Attr(chosen, "value"));
        }
        var button = TagPattern("button").Matches(body).Select(b => b.Value).FirstOrDefault(b => Attr(b, "name").Length > 0);
        if (button is not null) Add(fields, Attr(button, "name"), Attr(button, "value"));
        return fields;
    }

    private static void Add(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        if (name.Length > 0) fields.Add(new(WebUtility.HtmlDecode(name), WebUtility.HtmlDecode(value)));
    }

    private static string Attr(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return m.Success ? m.Groups[1].Value : "";
    }

    private static Regex TagPattern(string tag) => new($"<{tag}\\b[^>]*>", RegexOptions.IgnoreCase);

    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TextareaPattern();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SelectPattern();
}
