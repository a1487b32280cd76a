using System.Globalization;
using Intranet.Core.Time;
using Intranet.Newsletter.Models;

namespace Intranet.Newsletter.Services;

/// <summary>
/// Names the period a digest belongs to in Norwegian local time: "digest:d:2027-01-11" or "digest:w:2027-W02".
/// The key is the outbox dedup key, so one digest per user per period whatever happens.
/// </summary>
public static class DigestPeriods
{
    /// <summary>Digests are composed from this local hour on, so they arrive in the morning.</summary>
    public const int FromHour = 6;

    public static string Key(DigestFrequency frequency, DateTimeOffset now)
    {
        var local = OsloTime.ToLocal(now).DateTime;
        return frequency == DigestFrequency.Daily
            ? $"digest:d:{local:yyyy-MM-dd}"
            : $"digest:w:{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}";
    }

    public static TimeSpan Length(DigestFrequency frequency) =>
        frequency == DigestFrequency.Daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);

    public static bool IsSendingHour(DateTimeOffset now) => OsloTime.ToLocal(now).Hour >= FromHour;
}
