namespace Intranet.Stories.Models;

/// <summary>"Applaus": one per user per story. Only the pair is stored, nothing else about the reader.</summary>
public class StoryReaction
{
    public int ArticleId { get; set; }
    public string UserId { get; set; } = "";
}
