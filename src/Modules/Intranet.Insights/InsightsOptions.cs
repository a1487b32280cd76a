namespace Intranet.Insights;

/// <summary>Configuration section Intranet:Insights.</summary>
public sealed class InsightsOptions
{
    /// <summary>How often each node writes its buffered view counts and reader hashes.</summary>
    public int FlushSeconds { get; set; } = 5;

    /// <summary>First month of the baseline period ("2026-01"); empty means the first month shown.</summary>
    public string? BaselineStart { get; set; }

    /// <summary>Length of the baseline period in months, shaded in every trend chart.</summary>
    public int BaselineMonths { get; set; } = 3;

    /// <summary>Months shown in trends, ending with the current month.</summary>
    public int Months { get; set; } = 12;
}
