using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.News.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Recipes;

/// <summary>
/// An item's news part from a recipe: <c>category</c>, <c>mustRead</c> and <c>units</c> (target units or sectors:
/// who the item, and a must-read confirmation, is for; none means everyone). Fields the recipe leaves out keep
/// their current value; the row is created when the item has none.
/// </summary>
internal sealed class NewsPartImport(IntranetDbContext db, IReadOnlyDictionary<string, int> units)
{
    /// <returns>Whether the item is must-read after the import.</returns>
    public async Task<bool> ImportAsync(RecipeNews news, JsonElement item, RecipeContext context, string path, CancellationToken ct)
    {
        var category = item.OptionalString("category", context, path);
        if (category is not null && !NewsCategories.IsKnown(category))
            throw context.Error($"{path}.category", $"«{category}» er ikke en kategori ({string.Join(", ", NewsCategories.All.Keys)}).");
        var targets = Targets(item, context, path);
        var row = await db.Set<NewsItem>().Include(n => n.Targets).FirstOrDefaultAsync(n => n.ArticleId == news.Id, ct);
        var changed = row is null;
        if (row is null) db.Add(row = new NewsItem { ArticleId = news.Id });
        if (category is not null && row.Category != category) (row.Category, changed) = (category, true);
        if (item.TryGetProperty("mustRead", out _))
        {
            var mustRead = item.OptionalBool("mustRead", context, path);
            if (row.MustRead != mustRead) (row.MustRead, changed) = (mustRead, true);
        }
        if (targets is not null && !row.Targets.Select(t => t.UnitId).Order().SequenceEqual(targets.Order()))
        {
            row.Targets.RemoveAll(t => !targets.Contains(t.UnitId));
            foreach (var id in targets.Where(id => row.Targets.All(t => t.UnitId != id)))
                row.Targets.Add(new NewsTarget { ArticleId = news.Id, UnitId = id });
            changed = true;
        }
        if (changed) context.Changed();
        return row.MustRead;
    }

    private List<int>? Targets(JsonElement item, RecipeContext context, string path)
    {
        if (!item.TryGetProperty("units", out _)) return null;
        return item.StringList("units", context, path).Distinct().Select(slug => units.TryGetValue(slug, out var id)
            ? id : throw context.Error($"{path}.units", $"enheten «{slug}» finnes ikke.")).ToList();
    }
}
