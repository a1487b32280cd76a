using System.Globalization;
using System.Text;

namespace Intranet.Core.Content;

/// <summary>URL slugs in the Norwegian way: æ→ae, ø→o, å→a, everything else ASCII letters, digits and dashes.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in Transliterate(text.ToLowerInvariant()))
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= MaxLength) break;
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "artikkel" : slug;
    }

    private static string Transliterate(string text)
    {
        var replaced = text.Replace("æ", "ae").Replace("ø", "o").Replace("å", "a");
        var decomposed = replaced.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) sb.Append(ch);
        return sb.ToString();
    }
}
