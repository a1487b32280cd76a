namespace Intranet.Content.Services;

/// <summary>A summary cut from the body text on a word boundary when the author wrote none.</summary>
internal static class Summaries
{
    public const int Length = 220;

    public static string From(string plainText)
    {
        var text = string.Join(' ', plainText.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= Length) return text;
        var cut = text.LastIndexOf(' ', Length);
        return text[..(cut > 80 ? cut : Length)] + " …";
    }
}
