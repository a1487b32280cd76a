namespace Intranet.Core.Models;

/// <summary>
/// <see cref="Setting"/> rows are of two kinds. Site settings (<c>site:name</c>, <c>corner:label</c>) are chosen by
/// people and travel with recipes. Internal state (cursors, "done" markers) is kept by the application for itself:
/// its keys start with <see cref="Prefix"/>, and recipes never export or import them, because copying a cursor
/// to another installation would make it skip or repeat work there.
/// </summary>
public static class StateKeys
{
    public const string Prefix = "state:";

    /// <summary>True for an internal state key.</summary>
    public static bool IsState(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);
}
