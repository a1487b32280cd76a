using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Recipes;

/// <summary>"sections": [{article, translation?, unit?}] in pack order; the position in the list is the order.</summary>
internal sealed class WelcomeSectionsImport(IntranetDbContext db, RecipeLookup lookup)
{
    public async Task RunAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var orderByUnit = new Dictionary<int, int>();
        foreach (var (item, path) in step.Items("sections", context))
        {
            var articleSlug = item.RequiredString("article", context, path);
            context.EnsureUnique("welcome-section", articleSlug, $"{path}.article");
            var articleId = lookup.Article(articleSlug, context, $"{path}.article");
            int? translationId = item.OptionalString("translation", context, path) is { } t ? lookup.Article(t, context, $"{path}.translation") : null;
            int? unitId = item.OptionalString("unit", context, path) is { } u ? lookup.Unit(u, context, $"{path}.unit") : null;
            var order = orderByUnit[unitId ?? 0] = orderByUnit.GetValueOrDefault(unitId ?? 0) + 1;
            var section = await db.Set<WelcomeSection>().FirstOrDefaultAsync(s => s.ArticleId == articleId, ct);
            if (section is null) db.Add(section = new WelcomeSection { ArticleId = articleId });
            var before = (section.UnitId, section.SortOrder, section.TranslationArticleId);
            (section.UnitId, section.SortOrder, section.TranslationArticleId) = (unitId, order, translationId);
            if (section.Id == 0 || before != (unitId, order, translationId)) context.Changed();
        }
    }

    public static async Task<JsonArray> ExportAsync(IntranetDbContext db, RecipeLookup lookup, CancellationToken ct)
    {
        var sections = await db.Set<WelcomeSection>().AsNoTracking().OrderBy(s => s.UnitId).ThenBy(s => s.SortOrder).ToListAsync(ct);
        return new JsonArray(sections.Select(s => (JsonNode)new JsonObject
        {
            ["article"] = lookup.ArticleSlug(s.ArticleId),
            ["translation"] = lookup.ArticleSlug(s.TranslationArticleId),
            ["unit"] = lookup.UnitSlug(s.UnitId),
        }).ToArray());
    }
}
