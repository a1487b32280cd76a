using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Recipes;

/// <summary>The "values" step: the municipality's values (the demo's TÆL), matched by slug.</summary>
internal sealed class ValuesRecipeStep(IntranetDbContext db) : IRecipeStep
{
    public string Name => "values";
    public int Order => 30;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var order = 0;
        foreach (var (item, path) in step.Items("values", context))
        {
            var slug = item.RequiredString("slug", context, path);
            context.EnsureUnique("value", slug, $"{path}.slug");
            var value = await db.OrgValues.FirstOrDefaultAsync(v => v.Slug == slug, ct);
            if (value is null) db.OrgValues.Add(value = new OrgValue { Slug = slug });
            var before = (value.Name, value.NameNn, value.Description, value.InPractice, value.Icon, value.SortOrder, value.DescriptionNn, value.InPracticeNn);
            value.Name = item.RequiredString("name", context, path);
            value.NameNn = item.OptionalString("nameNn", context, path) ?? value.Name;
            value.Description = item.OptionalString("description", context, path) ?? "";
            value.InPractice = item.OptionalString("inPractice", context, path) ?? "";
            value.DescriptionNn = item.OptionalString("descriptionNn", context, path) ?? "";
            value.InPracticeNn = item.OptionalString("inPracticeNn", context, path) ?? "";
            value.Icon = item.OptionalString("icon", context, path) ?? "";
            value.SortOrder = item.OptionalInt("order", context, path) ?? order;
            order++;
            if (value.Id == 0 || before != (value.Name, value.NameNn, value.Description, value.InPractice, value.Icon, value.SortOrder, value.DescriptionNn, value.InPracticeNn)) context.Changed();
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var values = await db.OrgValues.AsNoTracking().OrderBy(v => v.SortOrder).ToListAsync(ct);
        return new JsonObject
        {
            ["values"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject
            {
                ["slug"] = v.Slug, ["name"] = v.Name, ["nameNn"] = v.NameNn, ["description"] = v.Description,
                ["inPractice"] = v.InPractice, ["descriptionNn"] = v.DescriptionNn, ["inPracticeNn"] = v.InPracticeNn, ["icon"] = v.Icon, ["order"] = v.SortOrder,
            }).ToArray()),
        };
    }
}
