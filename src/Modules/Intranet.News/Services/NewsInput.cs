using Intranet.News.Models;

namespace Intranet.News.Services;

/// <summary>What communications staff send to write or change a news item (from the form or the API).</summary>
public sealed record NewsInput
{
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public string Language { get; init; } = "nb";
    public string Category { get; init; } = NewsCategories.General;
    /// <summary>Unit or sector slugs; empty means "hele kommunen".</summary>
    public IReadOnlyList<string> Units { get; init; } = [];
    public bool Restricted { get; init; }
    public DateTimeOffset? PublishAt { get; init; }
    public DateTimeOffset? UnpublishAt { get; init; }
    public bool Pinned { get; init; }
    public bool MustRead { get; init; }
    public bool CommentsOpen { get; init; } = true;
    public bool ReactionsOpen { get; init; } = true;
    /// <summary>False keeps it as a draft.</summary>
    public bool Publish { get; init; } = true;
}
