namespace Intranet.Newsletter.Models;

/// <summary>A newsletter composed by communications staff and sent once to everyone (through the outbox).</summary>
public class OneOffNewsletter
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Intro { get; set; } = "";
    /// <summary>The picked article ids, comma separated, in the editor's order.</summary>
    public string ArticleIds { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? QueuedAt { get; set; }
    public int RecipientCount { get; set; }

    public IReadOnlyList<int> Articles =>
        ArticleIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}
