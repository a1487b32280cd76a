namespace Intranet.Core.Home;

/// <summary>A block on the home page, rendered by the named view component of the contributing module.</summary>
public sealed record HomeSection(string ViewComponent, int Order, bool Anonymous = false);
