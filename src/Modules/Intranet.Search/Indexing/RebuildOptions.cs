namespace Intranet.Search.Indexing;

/// <summary>How a full rebuild paces itself (configuration section <c>Intranet:Search:Rebuild</c>).</summary>
public sealed class RebuildOptions
{
    public const string Section = "Intranet:Search:Rebuild";

    /// <summary>Articles read from the database and analysed per round.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>
    /// Lucene's indexing buffer for a rebuild. Bigger flushes fewer, larger segments (a little faster) but the process
    /// holds it all while the rebuild runs; 64 MB keeps a 100,000-article rebuild within the node's memory budget.
    /// </summary>
    public double RamBufferMb { get; set; } = 64;

    /// <summary>
    /// A pause after each page so a rebuild on a busy node leaves the cores to readers (zero: as fast as possible).
    /// A rebuild is never urgent: searches keep using the old index until the new one is swapped in.
    /// </summary>
    public TimeSpan PauseBetweenPages { get; set; } = TimeSpan.Zero;
}
