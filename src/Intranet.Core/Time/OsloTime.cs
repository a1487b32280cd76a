using System.Globalization;

namespace Intranet.Core.Time;

/// <summary>
/// Times are stored in UTC; people type and read them in Norwegian local time. Converts between the two
/// for forms (datetime-local) and display.
/// </summary>
public static class OsloTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>"2026-03-01T08:30" for an input of type datetime-local.</summary>
    public static string ToInput(DateTimeOffset? utc) =>
        utc is { } t ? ToLocal(t).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>A datetime-local value read as Norwegian local time, in UTC; null when empty or not a time.</summary>
    public static DateTimeOffset? FromInput(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>"3. mars 2026 kl. 08.30" in the current culture.</summary>
    public static string Display(DateTimeOffset? utc) =>
        utc is { } t ? ToLocal(t).ToString("d. MMMM yyyy 'kl.' HH:mm", CultureInfo.CurrentCulture) : "";

    public static string DisplayDate(DateTimeOffset? utc) =>
        utc is { } t ? ToLocal(t).ToString("d. MMMM yyyy", CultureInfo.CurrentCulture) : "";

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }
}
