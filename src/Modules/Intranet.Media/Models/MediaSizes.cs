namespace Intranet.Media.Models;

/// <summary>The only sizes we serve: no arbitrary dimensions, so a URL cannot make the server do new work.</summary>
public static class MediaSizes
{
    public const string Thumb = "thumb";
    public const string Medium = "medium";
    public const string Large = "large";
    public const string Original = "original";

    /// <summary>Resized renditions, largest first, with their long-side limit in pixels (never upscaled).</summary>
    public static readonly IReadOnlyList<(string Name, int LongSide)> Renditions =
    [
        (Large, 1920),
        (Medium, 960),
        (Thumb, 320),
    ];

    public static readonly IReadOnlyList<string> All = [Original, Large, Medium, Thumb];

    public static bool IsKnown(string size) => All.Contains(size, StringComparer.Ordinal);
}
