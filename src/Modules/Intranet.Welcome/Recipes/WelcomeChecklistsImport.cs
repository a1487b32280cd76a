using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Recipes;

/// <summary>"checklists": [{unit, items: [{title, titleNn?, dueDay}]}]; items are matched by unit and title.</summary>
internal sealed class WelcomeChecklistsImport(IntranetDbContext db, RecipeLookup lookup)
{
    public async Task RunAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (list, path) in step.Items("checklists", context))
        {
            var unitId = lookup.Unit(list.RequiredString("unit", context, path), context, $"{path}.unit");
            var existing = await db.Set<ChecklistItem>().Where(i => i.UnitId == unitId).ToListAsync(ct);
            var order = 0;
            foreach (var (item, itemPath) in list.Items("items", context).Select(x => (x.Item, $"{path}.{x.Path}")))
            {
                var title = item.RequiredString("title", context, itemPath).Trim();
                context.EnsureUnique($"checklist-{unitId}", title, $"{itemPath}.title");
                var dueDay = item.OptionalInt("dueDay", context, itemPath) ?? 0;
                if (dueDay is < 0 or > 365) throw context.Error($"{itemPath}.dueDay", "må være fra 0 til 365.");
                var titleNn = item.OptionalString("titleNn", context, itemPath);
                var row = existing.FirstOrDefault(i => i.Title == title);
                if (row is null) db.Add(row = new ChecklistItem { UnitId = unitId, Title = title });
                var before = (row.TitleNn, row.DueDay, row.SortOrder);
                (row.TitleNn, row.DueDay, row.SortOrder) = (titleNn, dueDay, ++order);
                if (row.Id == 0 || before != (titleNn, dueDay, order)) context.Changed();
            }
        }
    }

    public static async Task<JsonArray> ExportAsync(IntranetDbContext db, RecipeLookup lookup, CancellationToken ct)
    {
        var items = await db.Set<ChecklistItem>().AsNoTracking().OrderBy(i => i.UnitId).ThenBy(i => i.SortOrder).ToListAsync(ct);
        return new JsonArray(items.GroupBy(i => i.UnitId).Select(g => (JsonNode)new JsonObject
        {
            ["unit"] = lookup.UnitSlug(g.Key),
            ["items"] = new JsonArray(g.Select(i => (JsonNode)new JsonObject
            {
                ["title"] = i.Title, ["titleNn"] = i.TitleNn, ["dueDay"] = i.DueDay,
            }).ToArray()),
        }).ToArray());
    }
}
