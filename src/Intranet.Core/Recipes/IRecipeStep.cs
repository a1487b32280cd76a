using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intranet.Core.Recipes;

/// <summary>A module's part of a recipe: imports its section idempotently and can export it again.</summary>
public interface IRecipeStep
{
    /// <summary>The "step" name in the recipe JSON (settings, units, users, values, articles …).</summary>
    string Name { get; }

    /// <summary>Steps run in this order on export and when a recipe lists them unordered.</summary>
    int Order { get; }

    Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct);

    /// <summary>The step's JSON for export, or null when it has nothing to export.</summary>
    Task<JsonObject?> ExportAsync(CancellationToken ct);
}
