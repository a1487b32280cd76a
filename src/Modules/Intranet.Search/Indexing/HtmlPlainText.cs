using System.Net;
using System.Text;

namespace Intranet.Search.Indexing;

/// <summary>
/// The text of an article's stored, already sanitised body HTML: tags dropped (block tags become line breaks so
/// words never run together), entities decoded. One linear pass; re-rendering the Markdown for every document was
/// the largest single cost of a rebuild.
/// </summary>
public static class HtmlPlainText
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "code", "del", "em", "i", "ins", "kbd", "mark", "s", "small", "span", "strong", "sub", "sup", "u",
    };

    public static string From(string html)
    {
        var text = new StringBuilder(html.Length);
        var hasEntity = false;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i + 1);
                if (end < 0) break;
                if (!IsInline(html.AsSpan(i + 1, end - i - 1)) && text.Length > 0 && text[^1] != '\n') text.Append('\n');
                i = end;
                continue;
            }
            hasEntity |= c == '&';
            text.Append(c);
        }
        var plain = text.ToString();
        return (hasEntity ? WebUtility.HtmlDecode(plain) : plain).Trim();
    }

    private static bool IsInline(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        var nameEnd = tag.IndexOfAny(' ', '/', '\t');
        var name = nameEnd < 0 ? tag : tag[..nameEnd];
        return InlineTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }
}
