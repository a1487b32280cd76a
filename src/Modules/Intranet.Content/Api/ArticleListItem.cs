using Intranet.Core.Models;

namespace Intranet.Content.Api;

/// <summary>One row of <c>GET /api/articles</c> (contract: unit and values by slug).</summary>
public sealed record ArticleListItem(
    int Id, string Kind, string Slug, string Title, string Url, string Summary,
    DateTimeOffset? PublishedAt, string? Unit, IReadOnlyList<string> Values)
{
    public static ArticleListItem From(Article a) =>
        new(a.Id, a.Kind, a.Slug, a.Title, a.Url, a.Summary, a.PublishedAt, a.Unit?.Slug,
            a.Values.Select(v => v.ValueSlug).Order(StringComparer.Ordinal).ToList());
}

public sealed record ArticleList(int Total, IReadOnlyList<ArticleListItem> Items);
