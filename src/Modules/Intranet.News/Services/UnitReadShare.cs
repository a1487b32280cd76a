namespace Intranet.News.Services;

/// <summary>How many of a unit's employees have confirmed a must-read item, and who (communications staff only).</summary>
public sealed record UnitReadShare(int? UnitId, string UnitName, int Employees, int Confirmed, IReadOnlyList<string> ConfirmedNames, int Reminders)
{
    public int Missing => Employees - Confirmed;

    /// <summary>Whole percent, rounded down so 99.6 % is not shown as everyone.</summary>
    public int Percent => Employees == 0 ? 0 : Confirmed * 100 / Employees;
}
