using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Recipes;

/// <summary>Runs a recipe's steps in one database transaction: all or nothing.</summary>
public sealed class RecipeRunner(IntranetDbContext db, IEnumerable<IRecipeStep> steps)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public async Task<int> ImportAsync(string json, bool isDevelopment, CancellationToken ct = default)
    {
        using var document = Parse(json);
        var context = new RecipeContext("(oppskrift)", isDevelopment);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var (step, element) in StepsOf(document.RootElement, context))
            {
                context.StepName = step.Name;
                await step.ImportAsync(element, context, ct);
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
        });
        db.ChangeTracker.Clear();
        return context.Changes;
    }

    public async Task<string> ExportAsync(string name, CancellationToken ct = default)
    {
        var list = new JsonArray();
        foreach (var step in _steps.Values.OrderBy(s => s.Order))
            if (await step.ExportAsync(ct) is { } node)
            {
                node["step"] = step.Name;
                list.Add(node);
            }
        var root = new JsonObject { ["name"] = name, ["steps"] = list };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonDocument Parse(string json)
    {
        try { return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new RecipeException("(oppskrift)", $"linje {e.LineNumber + 1}", "er ikke gyldig JSON."); }
    }

    private IEnumerable<(IRecipeStep Step, JsonElement Element)> StepsOf(JsonElement root, RecipeContext context)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
            throw new RecipeException("(oppskrift)", "steps", "mangler eller er ikke en liste.");
        var i = 0;
        foreach (var element in steps.EnumerateArray())
        {
            var name = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("step", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
            if (!_steps.TryGetValue(name, out var step))
                throw new RecipeException($"steps[{i}]", "step", $"«{name}» er ikke et kjent steg ({string.Join(", ", _steps.Keys)}).");
            i++;
            yield return (step, element);
        }
    }
}
