using System.Globalization;
using Intranet.Core.Localization;

namespace Intranet.Welcome.Services;

/// <summary>Times are stored in UTC and shown in Norwegian time, in the reader's written standard.</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Norway = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTime InNorway(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Norway).DateTime;

    /// <summary>A Norwegian wall-clock time as UTC (summer time included).</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Norway.GetUtcOffset(local)).ToUniversalTime();
    }

    private static CultureInfo Culture => CultureInfo.GetCultureInfo(Cultures.IsNynorsk ? "nn-NO" : "nb-NO");

    public static string DateAndTime(DateTimeOffset utc) =>
        InNorway(utc).ToString("dddd d. MMMM yyyy 'kl.' HH:mm", Culture);

    public static string TimeOfDay(DateTimeOffset utc) => InNorway(utc).ToString("HH:mm", Culture);

    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
