namespace Intranet.Stories.Models;

/// <summary>One step in a story's review history: a decision with the reviewer's comment.</summary>
public class StoryReview
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string? ReviewerId { get; set; }
    public string ReviewerName { get; set; } = "";
    public string Decision { get; set; } = "";
    public string Comment { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
