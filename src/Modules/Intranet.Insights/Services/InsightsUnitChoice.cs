namespace Intranet.Insights.Services;

/// <summary>A sector or unit the dashboard can be narrowed to, labelled the way the per-unit charts label it.</summary>
public sealed record InsightsUnitChoice(string Slug, string Label);
