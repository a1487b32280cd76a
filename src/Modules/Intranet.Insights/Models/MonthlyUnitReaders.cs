namespace Intranet.Insights.Models;

/// <summary>
/// Unique readers of a unit in a month, as counts only: the sum over days of that day's distinct readers, and the
/// largest single day. A daily rotating salt means no one can be followed across days, so a month-wide distinct
/// count is deliberately impossible; the dashboard shows the average daily unique readers.
/// </summary>
public class MonthlyUnitReaders
{
    public int UnitId { get; set; }
    /// <summary>"2026-11".</summary>
    public string Month { get; set; } = "";
    /// <summary>Σ over the month's days of the day's distinct readers ("reader-days").</summary>
    public int ReaderDays { get; set; }
    /// <summary>Days with at least one reader in the unit.</summary>
    public int ActiveDays { get; set; }
    public int PeakDay { get; set; }
}
