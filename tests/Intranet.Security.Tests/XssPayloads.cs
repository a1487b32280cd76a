namespace Intranet.Security.Tests;

/// <summary>
/// Stored XSS payloads. Every one that could run calls <c>window.__xss=1</c> or <c>alert</c>, which the browser probe
/// records. A marker word (<see cref="Marker"/>) lets a test find the field's text on the page.
/// </summary>
public static class XssPayloads
{
    public const string Marker = "Xssmerke";

    public static readonly string[] Body =
    [
        "<script>window.__xss=1</script>",
        "<img src=x onerror=\"window.__xss=1\">",
        "<svg onload=window.__xss=1><script>window.__xss=1</script></svg>",
        "<iframe src=\"javascript:window.__xss=1\"></iframe><object data=\"javascript:window.__xss=1\"></object>",
        "[lenke](javascript:window.__xss=1) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))",
        "![bilde](javascript:window.__xss=1) ![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<javascript:window.__xss=1> <https://eksempel.no/\"onmouseover=\"window.__xss=1> www.eksempel.no/\"><script>window.__xss=1</script>",
        "[skjult](java\u200bscript:window.__xss=1) [tab](jav&#x09;ascript:window.__xss=1) [entitet](&#106;avascript:window.__xss=1)",
        "\u202Egnp.exe \uFF1Cscript\uFF1Ewindow.__xss=1\uFF1C/script\uFF1E",
        "<img src=x onerror=window.__xss=1 ",
        "\"><img src=x onerror=window.__xss=1>'-alert(1)-'</textarea></title><script>window.__xss=1</script>",
        "<!--<img src=\"--><img src=x onerror=window.__xss=1//\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1></style></mglyph></table></mtext></math>",
        "[x](https://eksempel.no \"\\\"onmouseover=window.__xss=1\")",
        "<a href=\"javascript:alert(1)\">klikk</a> <form action=\"javascript:window.__xss=1\"><button>send</button></form>",
    ];

    /// <summary>A short payload for one-line fields (titles, names, alt text, file names).</summary>
    public static string Line(string tag) =>
        $"{Marker}{tag} \"><img src=x onerror=window.__xss=1><script>window.__xss=1</script>\u202E\uFF1Cscript\uFF1E";

    public static string Markdown(string tag) => $"{Marker}{tag}\n\n" + string.Join("\n\n", Body);
}
