namespace Intranet.Corner.Models;

/// <summary>The corner-specific part of an Article of kind "corner": its type, and whether a delegate wrote it on the chief executive's behalf.</summary>
public class CornerPost
{
    public int ArticleId { get; set; }
    public bool OnBehalf { get; set; }
    public CornerPostType Type { get; set; } = CornerPostType.Post;
}
