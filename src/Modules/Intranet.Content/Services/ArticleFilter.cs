namespace Intranet.Content.Services;

/// <summary>List filters by slug (unit may name a sector, which includes its units).</summary>
public sealed record ArticleFilter(string? Kind = null, string? UnitSlug = null, string? ValueSlug = null, bool LiveOnly = true);
