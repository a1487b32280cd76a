using Intranet.Content.Services;
using Intranet.Core.Models;

namespace Intranet.Content.Api;

/// <summary>The body of <c>GET /api/articles/{id}</c>, shaped as the API contract says.</summary>
public sealed record ArticleDetail(
    int Id, string Kind, string Title, string Slug, string Url, string Summary, string BodyHtml,
    string Status, string Audience, string? Unit, IReadOnlyList<string> Values, IReadOnlyList<string> Tags,
    ArticleAuthor Author, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, IReadOnlyList<int> ImageIds)
{
    public static ArticleDetail From(Article a) =>
        new(a.Id, a.Kind, a.Title, a.Slug, a.Url, a.Summary, a.BodyHtml,
            StatusNames.Kebab(a.Status), a.Audience.ToString().ToLowerInvariant(), a.Unit?.Slug,
            a.Values.Select(v => v.ValueSlug).Order(StringComparer.Ordinal).ToList(),
            a.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList(),
            new ArticleAuthor(a.AuthorName), a.PublishedAt, a.UpdatedAt, []);
}

public sealed record ArticleAuthor(string Name);
