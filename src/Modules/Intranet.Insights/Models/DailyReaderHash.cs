namespace Intranet.Insights.Models;

/// <summary>
/// "Someone in this unit used the intranet on this day": a salted hash of the user id under that day's salt.
/// The salt lives in Settings (key insights.salt.{day}), never in this table, and is deleted together with
/// these rows when the day is rolled up into <see cref="MonthlyUnitReaders"/>. No article is recorded.
/// </summary>
public class DailyReaderHash
{
    public DateOnly Day { get; set; }
    public int UnitId { get; set; }
    /// <summary>Base64 HMAC-SHA256 of the user id keyed by the day's salt.</summary>
    public string Hash { get; set; } = "";
}
