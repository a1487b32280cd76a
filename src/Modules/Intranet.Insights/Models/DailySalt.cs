namespace Intranet.Insights.Models;

/// <summary>
/// The random salt of one UTC day, shared by all nodes so a reader hashes the same on each. Kept in its own table
/// (not Settings, which recipes export), never next to the hashes' data, and deleted when the day is rolled up —
/// after that nobody, not even with the database, can tell whose hash was whose.
/// </summary>
public class DailySalt
{
    public DateOnly Day { get; set; }
    public string Salt { get; set; } = "";
}
