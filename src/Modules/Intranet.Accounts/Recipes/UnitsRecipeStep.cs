using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Recipes;

/// <summary>The "units" step: sectors, each with its units, matched by slug.</summary>
internal sealed class UnitsRecipeStep(IntranetDbContext db) : IRecipeStep
{
    public string Name => "units";
    public int Order => 10;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (sector, path) in step.Items("units", context))
        {
            var parent = await UpsertAsync(sector, null, context, path, ct);
            foreach (var (unit, unitPath) in sector.Items("units", context).Select(x => (x.Item, $"{path}.{x.Path}")))
                await UpsertAsync(unit, parent, context, unitPath, ct);
        }
    }

    private async Task<Unit> UpsertAsync(JsonElement item, Unit? parent, RecipeContext context, string path, CancellationToken ct)
    {
        var slug = item.RequiredString("slug", context, path);
        context.EnsureUnique("unit", slug, $"{path}.slug");
        var name = item.RequiredString("name", context, path);
        var unit = db.Units.Local.FirstOrDefault(u => u.Slug == slug) ?? await db.Units.FirstOrDefaultAsync(u => u.Slug == slug, ct);
        if (unit is null)
        {
            unit = new Unit { Slug = slug, Name = name, Parent = parent };
            db.Units.Add(unit);
            context.Changed();
        }
        else if (unit.Name != name || unit.ParentId != parent?.Id)
        {
            unit.Name = name;
            unit.Parent = parent;
            context.Changed();
        }
        return unit;
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var all = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        var sectors = new JsonArray();
        foreach (var sector in all.Where(u => u.ParentId == null))
            sectors.Add(new JsonObject
            {
                ["slug"] = sector.Slug,
                ["name"] = sector.Name,
                ["units"] = new JsonArray(all.Where(u => u.ParentId == sector.Id)
                    .Select(u => (JsonNode)new JsonObject { ["slug"] = u.Slug, ["name"] = u.Name }).ToArray()),
            });
        return new JsonObject { ["units"] = sectors };
    }
}
