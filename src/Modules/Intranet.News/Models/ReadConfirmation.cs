namespace Intranet.News.Models;

/// <summary>
/// A reader confirmed a must-read item. The only record of what a person has read (arbeidsmiljøloven ch. 9):
/// kept for must-read items only, and shown only to communications staff.
/// </summary>
public class ReadConfirmation
{
    public int ArticleId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset ConfirmedAt { get; set; }
}
