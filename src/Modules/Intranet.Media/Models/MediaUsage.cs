namespace Intranet.Media.Models;

/// <summary>An article whose Markdown refers to an image (<c>/media/{id}/…</c>). Kept in step by <c>MediaUsageSync</c>.</summary>
public class MediaUsage
{
    public Guid MediaId { get; set; }
    public int ArticleId { get; set; }
}
