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
        var title = item.RequiredString("title", ctx, path).Trim();
        var (authorId, authorName) = Author(item, ctx, path, users);
        var input = new ArticleInput
        {
            Kind = Kind(item, ctx, path),
            Title = title,
            Summary = (item.OptionalString("summary", ctx, path) ?? "").Trim(),
            BodyMarkdown = item.OptionalString("body", ctx, path) ?? "",
            Language = Language(item, ctx, path),
            UnitId = UnitId(item, ctx, path, units),
            Audience = Enum<Audience>(item.OptionalString("audience", ctx, path) ?? "internal", ctx, $"{path}.audience"),
            Values = item.StringList("values", ctx, path).Distinct().ToList(),
            Tags = item.StringList("tags", ctx, path),
            PublishAt = item.OptionalDate("publishAt", ctx, path),
            UnpublishAt = item.OptionalDate("unpublishAt", ctx, path),
            AuthorId = authorId,
            AuthorName = authorName,
        };
        var slug = Slugs.From(item.OptionalString("slug", ctx, path) ?? title);
        ctx.EnsureUnique("article", slug, $"{path}.slug");
        var status = Enum<ArticleStatus>(item.OptionalString("status", ctx, path) ?? "published", ctx, $"{path}.status");
        return new RecipeArticle(slug, input, status, item.OptionalDate("publishedAt", ctx, path));
    }

    private static string Kind(JsonElement item, RecipeContext ctx, string path)
    {
        var kind = item.RequiredString("kind", ctx, path);
        return ArticleKinds.IsKnown(kind) ? kind
            : throw ctx.Error($"{path}.kind", $"«{kind}» er ikke en kjent innholdstype ({string.Join(", ", ArticleKinds.All)}).");
    }

    private static string Language(JsonElement item, RecipeContext ctx, string path)
    {
        var language = item.OptionalString("language", ctx, path) ?? "nb";
        return language is "nb" or "nn" ? language : throw ctx.Error($"{path}.language", $"«{language}» må være nb eller nn.");
    }

    private static int? UnitId(JsonElement item, RecipeContext ctx, string path, IReadOnlyDictionary<string, int> units)
    {
        var slug = item.OptionalString("unit", ctx, path);
        if (slug is null) return null;
        return units.TryGetValue(slug, out var id) ? id : throw ctx.Error($"{path}.unit", $"enheten «{slug}» finnes ikke.");
    }

    /// <summary>
    /// "author" names a user in the recipe or the database; "authorName" alone keeps the byline of someone
    /// who has no account (an export writes that for articles whose author was deleted). Demo users left out
    /// outside Development keep their byline without the link.
    /// </summary>
    private static (string? Id, string Name) Author(JsonElement item, RecipeContext ctx, string path,
        IReadOnlyDictionary<string, (string Id, string Name)> users)
    {
        var author = item.OptionalString("author", ctx, path);
        var authorName = item.OptionalString("authorName", ctx, path);
        if (author is null) return (null, authorName ?? "");
        if (users.TryGetValue(author, out var user)) return (user.Id, user.Name);
        if (ctx.WithheldUsers.TryGetValue(author, out var withheld)) return (null, authorName ?? withheld);
        throw ctx.Error($"{path}.author", $"brukeren «{author}» finnes ikke.");
    }

    public bool Differs(Article a) =>
        a.Kind != Input.Kind || a.Title != Input.Title || a.BodyMarkdown != Input.BodyMarkdown
        || (Input.Summary.Length > 0 && a.Summary != Input.Summary) || a.Language != Input.Language
        || a.UnitId != Input.UnitId || a.Audience != Input.Audience || a.Status != Status
        || a.PublishAt != Input.PublishAt || a.UnpublishAt != Input.UnpublishAt
        || a.AuthorId != Input.AuthorId || a.AuthorName != Input.AuthorName
        || !a.Values.Select(v => v.ValueSlug).Order().SequenceEqual(Input.Values.Distinct().Order())
        || !a.Tags.Select(t => t.Tag).Order().SequenceEqual(NormalizedTags)
        || (PublishedAt is not null && a.PublishedAt != PublishedAt);

    /// <summary>Tags as the article service stores them: trimmed, lower case, no empties or duplicates.</summary>
    private IEnumerable<string> NormalizedTags =>
        Input.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().Order();

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
