namespace Intranet.News.Services;

/// <summary>List filters: a category slug, a unit or sector slug (targeted at it, or about it), and a value slug.</summary>
public sealed record NewsFilter(string? Category = null, string? Unit = null, string? Value = null);
