namespace Intranet.Core.Models;

public class ArticleTag
{
    public int ArticleId { get; set; }
    public string Tag { get; set; } = "";
}
