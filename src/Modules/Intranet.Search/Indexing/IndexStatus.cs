namespace Intranet.Search.Indexing;

/// <summary>What the admin page and health check show about this node's index.</summary>
public sealed class IndexStatus
{
    public volatile bool NeedsRebuild;
    public volatile bool Rebuilding;

    /// <summary>One rebuild at a time on this node.</summary>
    public SemaphoreSlim RebuildLock { get; } = new(1, 1);

    public string? LastError { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }
    public DateTimeOffset? LastAppliedAt { get; set; }
    public int RebuildDone { get; set; }
    public int RebuildTotal { get; set; }
    public DateTimeOffset? LastRebuildAt { get; set; }

    public void Failed(string message, DateTimeOffset at)
    {
        LastError = message;
        LastErrorAt = at;
    }
}
