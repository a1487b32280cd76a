namespace Intranet.News.Api;

/// <summary>POST /api/news body (the stable contract plus optional summary, category and restricted).</summary>
public sealed record NewsRequest(
    string? Title,
    string? Body,
    DateTimeOffset? PublishAt,
    DateTimeOffset? UnpublishAt,
    bool? Pinned,
    bool? MustRead,
    string[]? Units,
    string? Summary = null,
    string? Category = null,
    bool? Restricted = null,
    bool? CommentsOpen = null,
    bool? ReactionsOpen = null);
