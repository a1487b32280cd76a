using System.Globalization;
using Intranet.Core.Localization;

namespace Intranet.Content.Services;

/// <summary>Dates as Norwegians write them ("3. desember 2026"), in Norwegian time, in nb or nn.</summary>
public static class Dates
{
    private static readonly TimeZoneInfo Oslo = FindOslo();

    private static readonly string[] MonthsNb =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    public static DateTime ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Oslo).DateTime;

    /// <summary>A wall-clock time typed in a form (Norwegian time) as UTC.</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = Oslo.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    /// <summary>"3. desember 2026" (the month names are the same in bokmål and nynorsk).</summary>
    public static string Long(DateTimeOffset utc)
    {
        var local = ToLocal(utc);
        return $"{local.Day}. {MonthsNb[local.Month - 1]} {local.Year}";
    }

    public static string Short(DateTimeOffset utc) =>
        ToLocal(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string InputValue(DateTimeOffset? utc) =>
        utc is { } u ? ToLocal(u).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : "";

    public static string CurrentLanguage => Cultures.Current;

    private static TimeZoneInfo FindOslo()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }
}
