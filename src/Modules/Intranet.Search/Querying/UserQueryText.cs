using System.Text;

namespace Intranet.Search.Querying;

/// <summary>
/// Makes any typed text safe to parse: caps its length and number of words, and turns the words people know
/// (OR, AND, NOT) into the simple syntax. Everything else is left for the parser, which never throws.
/// </summary>
public static class UserQueryText
{
    public const int MaxLength = 500;
    public const int MaxTerms = 32;

    public static string Prepare(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var capped = text.Length > MaxLength ? text[..MaxLength] : text;
        var words = capped.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(MaxTerms);
        var result = new StringBuilder();
        var negateNext = false;
        foreach (var word in words)
        {
            switch (word)
            {
                case "OR": result.Append("| "); continue;
                case "AND": continue;
                case "NOT": negateNext = true; continue;
            }
            result.Append(negateNext ? "-" : "").Append(word).Append(' ');
            negateNext = false;
        }
        return result.ToString().Trim();
    }

    /// <summary>The form stored in analytics and compared with best bets: lower case, single spaces, at most 100 chars.</summary>
    public static string Normalise(string? text)
    {
        var words = (text ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words);
        return joined.Length > 100 ? joined[..100] : joined;
    }
}
