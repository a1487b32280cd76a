namespace Intranet.Values.Services;

/// <summary>The two orders of a value's list, as they appear in the page's query string (?sortering=).</summary>
public static class ValueArticleOrder
{
    public const string Newest = "nyeste";
    public const string MostApplauded = "applaus";

    public static string Parse(string? order) => order == MostApplauded ? MostApplauded : Newest;
}
