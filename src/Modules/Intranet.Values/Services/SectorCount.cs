namespace Intranet.Values.Services;

/// <summary>How many stories and news items of a sector show the value ("Uten enhet" when no unit is set).</summary>
public sealed record SectorCount(string? SectorSlug, string SectorName, int Count);
