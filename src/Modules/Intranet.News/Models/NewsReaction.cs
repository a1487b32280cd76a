namespace Intranet.News.Models;

/// <summary>One reader's reaction of one kind to one news item (toggled on and off).</summary>
public class NewsReaction
{
    public int ArticleId { get; set; }
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";

    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["liker"] = "Liker",
        ["takk"] = "Takk",
        ["nyttig"] = "Nyttig",
    };
}
