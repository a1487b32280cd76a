using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Web.Cli;

/// <summary>
/// The "settings" step: site-wide key/value settings such as the municipality's name. Internal state rows
/// (<see cref="StateKeys"/>: cursors, markers) belong to one installation and are neither exported nor imported.
/// </summary>
internal sealed class SettingsRecipeStep(IntranetDbContext db) : IRecipeStep
{
    public string Name => "settings";
    public int Order => 0;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        if (!step.TryGetProperty("values", out var values)) return;
        if (values.ValueKind != JsonValueKind.Object) throw context.Error("values", "må være et objekt med tekstverdier.");
        foreach (var p in values.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String) throw context.Error($"values.{p.Name}", "må være tekst.");
            if (StateKeys.IsState(p.Name)) throw context.Error($"values.{p.Name}", $"er intern tilstand og kan ikke settes i en oppskrift (nøkler som begynner med «{StateKeys.Prefix}»).");
            var existing = await db.Settings.FindAsync([p.Name], ct);
            if (existing is null) { db.Settings.Add(new Setting { Key = p.Name, Value = p.Value.GetString()! }); context.Changed(); }
            else if (existing.Value != p.Value.GetString()) { existing.Value = p.Value.GetString()!; context.Changed(); }
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var settings = await db.Settings.AsNoTracking().Where(s => !s.Key.StartsWith(StateKeys.Prefix)).OrderBy(s => s.Key).ToListAsync(ct);
        var values = new JsonObject();
        foreach (var s in settings) values[s.Key] = s.Value;
        return new JsonObject { ["values"] = values };
    }
}
