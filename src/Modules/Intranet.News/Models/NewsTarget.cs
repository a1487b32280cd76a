namespace Intranet.News.Models;

/// <summary>A unit or sector a news item is aimed at, as the editor chose it. None means the whole municipality.</summary>
public class NewsTarget
{
    public int ArticleId { get; set; }
    public int UnitId { get; set; }
}
