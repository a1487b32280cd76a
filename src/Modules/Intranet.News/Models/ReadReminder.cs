namespace Intranet.News.Models;

/// <summary>
/// Communications staff reminded the readers of a unit (or everyone, when UnitId is null) who had not yet
/// confirmed a must-read item. Shown in-app to those readers on the home page until they confirm.
/// </summary>
public class ReadReminder
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public int? UnitId { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public string SentBy { get; set; } = "";
    public int Recipients { get; set; }
}
