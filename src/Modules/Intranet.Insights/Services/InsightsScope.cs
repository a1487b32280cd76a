namespace Intranet.Insights.Services;

/// <summary>
/// Which units' figures a dashboard user may see: all, or the units they lead (with their sub-units); or, narrowed
/// by <see cref="InsightsFocus"/>, one sector or unit of those, named by <see cref="Focus"/>.
/// </summary>
public sealed record InsightsScope(bool All, IReadOnlySet<int> UnitIds)
{
    public static readonly InsightsScope Everything = new(true, new HashSet<int>());

    /// <summary>The label of the sector or unit the dashboard was narrowed to; null when it was not.</summary>
    public string? Focus { get; init; }

    public bool Includes(int? unitId) => All || (unitId is int id && UnitIds.Contains(id));
}
