namespace Intranet.Search.Indexing;

/// <summary>How a full rebuild paces itself (configuration section <c>Intranet:Search:Rebuild</c>).</summary>
public sealed class RebuildOptions
{
    public const string Section = "Intranet:Search:Rebuild";

    /// <summary>Articles read from the database and analysed per round.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>
    /// A pause after each page so a rebuild on a busy node leaves the cores to readers (zero: as fast as possible).
    /// A rebuild is never urgent: searches keep using the old index until the new one is swapped in.
    /// </summary>
    public TimeSpan PauseBetweenPages { get; set; } = TimeSpan.Zero;
}
