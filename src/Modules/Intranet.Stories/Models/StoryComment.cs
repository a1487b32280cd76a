namespace Intranet.Stories.Models;

public class StoryComment
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
