using AngleSharp.Dom;
using Ganss.Xss;

namespace Intranet.Core.Markdown;

/// <summary>The HTML allowlist: only what Markdig emits, no CSS, http/https/mailto links only.</summary>
internal static class SanitizerFactory
{
    private static readonly string[] Tags =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
        "em", "strong", "del", "ins", "sup", "sub", "mark", "a", "img", "hr", "br",
        "table", "thead", "tbody", "tr", "th", "td", "input",
    ];

    public static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "src", "alt", "title", "id", "type", "checked", "disabled"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(),
        };
        var sanitizer = new HtmlSanitizer(options) { AllowDataAttributes = false };
        sanitizer.PostProcessNode += (_, e) => Harden(e.Node);
        return sanitizer;
    }

    private static void Harden(INode node)
    {
        if (node is not IElement element) return;
        switch (element.LocalName)
        {
            case "a":
                element.SetAttribute("rel", "noopener noreferrer nofollow ugc");
                break;
            case "input" when element.GetAttribute("type") != "checkbox":
                element.Remove();
                break;
            case "input":
                element.SetAttribute("disabled", "disabled");
                break;
        }
    }
}
