using Intranet.Core.Models;

namespace Intranet.Core.Content;

/// <summary>What an editor, a module or a recipe sends to create or change an article.</summary>
public sealed record ArticleInput
{
    public string Kind { get; init; } = ArticleKinds.Page;
    public string Title { get; init; } = "";
    public string? Slug { get; init; }
    public string Summary { get; init; } = "";
    public string BodyMarkdown { get; init; } = "";
    public string Language { get; init; } = "nb";
    public int? UnitId { get; init; }
    public Audience Audience { get; init; } = Audience.Internal;
    public IReadOnlyList<string> Values { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public DateTimeOffset? PublishAt { get; init; }
    public DateTimeOffset? UnpublishAt { get; init; }
    public string? AuthorId { get; init; }
    public string? AuthorName { get; init; }
}
