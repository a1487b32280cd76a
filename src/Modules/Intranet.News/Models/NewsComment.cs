namespace Intranet.News.Models;

public class NewsComment
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public string UserId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
