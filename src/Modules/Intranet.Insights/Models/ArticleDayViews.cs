namespace Intranet.Insights.Models;

/// <summary>
/// How many times an article was opened on one UTC day. A counter only: nothing about who opened it is stored
/// anywhere (see docs/insights.md).
/// </summary>
public class ArticleDayViews
{
    public int ArticleId { get; set; }
    public DateOnly Day { get; set; }
    public int Views { get; set; }
}
