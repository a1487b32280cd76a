using System.Globalization;

namespace Intranet.Core.Localization;

/// <summary>The two written standards: bokmål (default) and nynorsk.</summary>
public static class Cultures
{
    public const string Bokmal = "nb";
    public const string Nynorsk = "nn";
    public static readonly string[] Supported = [Bokmal, Nynorsk];

    public static bool IsNynorsk => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Nynorsk;

    public static string Current => IsNynorsk ? Nynorsk : Bokmal;

    public static string Normalize(string? culture) => culture?.Trim().ToLowerInvariant() switch
    {
        "nn" or "nn-no" => Nynorsk,
        _ => Bokmal,
    };
}
