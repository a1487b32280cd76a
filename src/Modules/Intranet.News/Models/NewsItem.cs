namespace Intranet.News.Models;

/// <summary>The news-specific part of an Article of kind "news" (same id). Demo or imported news may have none.</summary>
public class NewsItem
{
    public int ArticleId { get; set; }
    public string Category { get; set; } = NewsCategories.General;
    /// <summary>Pinned to the top of the home page.</summary>
    public bool Pinned { get; set; }
    /// <summary>"Viktig – bekreft at du har lest": readers confirm, and only then is reading recorded.</summary>
    public bool MustRead { get; set; }
    /// <summary>Targeted units only may read it (mirrored into ArticleReaderUnit, which the read rule checks).</summary>
    public bool Restricted { get; set; }
    public bool CommentsOpen { get; set; } = true;
    public bool ReactionsOpen { get; set; } = true;
    public List<NewsTarget> Targets { get; set; } = [];
}
