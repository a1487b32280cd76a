namespace Intranet.Insights.Services;

/// <summary>Which units' figures a dashboard user may see: all, or the units they lead (with their sub-units).</summary>
public sealed record InsightsScope(bool All, IReadOnlySet<int> UnitIds)
{
    public static readonly InsightsScope Everything = new(true, new HashSet<int>());

    public bool Includes(int? unitId) => All || (unitId is int id && UnitIds.Contains(id));
}
