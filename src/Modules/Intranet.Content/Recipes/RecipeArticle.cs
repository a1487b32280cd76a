using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Recipes;

namespace Intranet.Content.Recipes;

/// <summary>One article as the recipe format writes it, read into an ArticleInput.</summary>
internal sealed record RecipeArticle(string Slug, ArticleInput Input, ArticleStatus Status, DateTimeOffset? PublishedAt)
{
    public static RecipeArticle Read(JsonElement item, RecipeContext ctx, string path,
        IReadOnlyDictionary<string, int> units, IReadOnlyDictionary<string, (string Id, string Name)> users)
    {
        var title = item.RequiredString("title", ctx, path);
        var unitSlug = item.OptionalString("unit", ctx, path);
        if (unitSlug is not null && !units.ContainsKey(unitSlug)) throw ctx.Error($"{path}.unit", $"enheten «{unitSlug}» finnes ikke.");
        var author = item.OptionalString("author", ctx, path);
        (string Id, string Name)? user = author is not null && users.TryGetValue(author, out var u) ? u : null;
        var input = new ArticleInput
        {
            Kind = item.RequiredString("kind", ctx, path),
            Title = title,
            Summary = item.OptionalString("summary", ctx, path) ?? "",
            BodyMarkdown = item.OptionalString("body", ctx, path) ?? "",
            Language = item.OptionalString("language", ctx, path) ?? "nb",
            UnitId = unitSlug is null ? null : units[unitSlug],
            Audience = Enum<Audience>(item.OptionalString("audience", ctx, path) ?? "internal", ctx, $"{path}.audience"),
            Values = item.StringList("values", ctx, path),
            Tags = item.StringList("tags", ctx, path),
            PublishAt = item.OptionalDate("publishAt", ctx, path),
            UnpublishAt = item.OptionalDate("unpublishAt", ctx, path),
            AuthorId = user?.Id,
            AuthorName = user?.Name ?? item.OptionalString("authorName", ctx, path) ?? author ?? "",
        };
        var slug = item.OptionalString("slug", ctx, path) ?? Slugs.From(title);
        var status = Enum<ArticleStatus>(item.OptionalString("status", ctx, path) ?? "published", ctx, $"{path}.status");
        return new RecipeArticle(Slugs.From(slug), input, status, item.OptionalDate("publishedAt", ctx, path));
    }

    public bool Differs(Article a) =>
        a.Kind != Input.Kind || a.Title != Input.Title || a.BodyMarkdown != Input.BodyMarkdown
        || (Input.Summary.Length > 0 && a.Summary != Input.Summary) || a.Language != Input.Language
        || a.UnitId != Input.UnitId || a.Audience != Input.Audience || a.Status != Status
        || a.PublishAt != Input.PublishAt || a.UnpublishAt != Input.UnpublishAt
        || !a.Values.Select(v => v.ValueSlug).Order().SequenceEqual(Input.Values.Distinct().Order())
        || !a.Tags.Select(t => t.Tag).Order().SequenceEqual(Input.Tags.Select(t => t.Trim().ToLowerInvariant()).Distinct().Order())
        || (PublishedAt is not null && a.PublishedAt != PublishedAt);

    public static JsonObject Write(Article a, IReadOnlyDictionary<int, string> units, IReadOnlyDictionary<string, string> users) => new()
    {
        ["kind"] = a.Kind,
        ["slug"] = a.Slug,
        ["title"] = a.Title,
        ["summary"] = a.Summary,
        ["body"] = a.BodyMarkdown,
        ["language"] = a.Language,
        ["author"] = a.AuthorId is not null && users.TryGetValue(a.AuthorId, out var user) ? user : null,
        ["authorName"] = a.AuthorName,
        ["unit"] = a.UnitId is int id ? units.GetValueOrDefault(id) : null,
        ["audience"] = a.Audience.ToString().ToLowerInvariant(),
        ["status"] = ToKebab(a.Status),
        ["values"] = new JsonArray(a.Values.Select(v => (JsonNode)v.ValueSlug).ToArray()),
        ["tags"] = new JsonArray(a.Tags.Select(t => (JsonNode)t.Tag).ToArray()),
        ["publishAt"] = a.PublishAt?.ToString("O", CultureInfo.InvariantCulture),
        ["unpublishAt"] = a.UnpublishAt?.ToString("O", CultureInfo.InvariantCulture),
        ["publishedAt"] = a.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
    };

    public static string ToKebab(ArticleStatus s) => s == ArticleStatus.ChangesRequested ? "changes-requested" : s.ToString().ToLowerInvariant();

    private static T Enum<T>(string text, RecipeContext ctx, string field) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(text.Replace("-", ""), ignoreCase: true, out var v) && System.Enum.IsDefined(v)
            ? v
            : throw ctx.Error(field, $"«{text}» er ikke en gyldig verdi ({string.Join(", ", System.Enum.GetNames<T>()).ToLowerInvariant()}).");
}
