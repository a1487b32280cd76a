namespace Intranet.Core.Models;

/// <summary>The outbox: one row per change that affects what readers see. Search and caches consume it by Id.</summary>
public class ChangeLogEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int ArticleId { get; set; }
    public string Kind { get; set; } = "";
    public ChangeType Change { get; set; }
}
