namespace Intranet.News.Services;

/// <summary>List filters: a category slug and a unit or sector slug (targeted at it, or about it).</summary>
public sealed record NewsFilter(string? Category = null, string? Unit = null);
