namespace Intranet.Insights.Models;

/// <summary>
/// One non-zero register of a unit's HyperLogLog sketch for a month: the monthly unique readers are estimated from
/// these. A register is fed by a keyed hash of a reader's user id under the month's secret salt
/// (<see cref="MonthlySalt"/>): the hash picks the register, its leading zeros give the rank, and the register keeps
/// the largest rank seen. No hash, user or article is stored; once the salt is destroyed at month end nobody can tell
/// which reader raised which register. Only non-zero registers have a row (sparse), and nodes only ever raise a rank,
/// so concurrent writes merge as the register-wise maximum. See docs/insights.md.
/// </summary>
public class MonthlyReaderRegister
{
    public int UnitId { get; set; }
    /// <summary>"2026-11".</summary>
    public string Month { get; set; } = "";
    /// <summary>0 … <see cref="Tracking.ReaderSketch.Registers"/> − 1.</summary>
    public int Register { get; set; }
    /// <summary>1 + leading zeros of the rest of the hash; the register's value.</summary>
    public int Rank { get; set; }
}
