namespace Intranet.Insights.Models;

/// <summary>
/// The random secret of one UTC month that keys the readers' hashes fed into <see cref="MonthlyReaderRegister"/>.
/// Shared by the nodes through this table, and deleted when the month has closed: after that the sketch cannot be
/// re-linked to anyone, not even with the database and the user list.
/// </summary>
public class MonthlySalt
{
    /// <summary>"2026-11".</summary>
    public string Month { get; set; } = "";
    public string Salt { get; set; } = "";
}
