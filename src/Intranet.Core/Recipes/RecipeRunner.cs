using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Recipes;

/// <summary>Runs a recipe's steps in one database transaction: all or nothing.</summary>
public sealed class RecipeRunner(IntranetDbContext db, IEnumerable<IRecipeStep> steps)
{
    private const string RecipeLevel = "(oppskrift)";
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Imports the recipe and returns the number of changes (0 when it was already applied).</summary>
    public async Task<int> ImportAsync(string json, bool isDevelopment, CancellationToken ct = default)
    {
        using var document = Parse(json);
        var planned = StepsOf(document.RootElement).ToList();
        var context = new RecipeContext(RecipeLevel, isDevelopment);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                // A retried attempt must not see what the failed one left in the change tracker.
                db.ChangeTracker.Clear();
                context = new RecipeContext(RecipeLevel, isDevelopment);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                foreach (var (step, element) in planned)
                    await RunStepAsync(step, element, context, ct);
                await tx.CommitAsync(ct);
            });
        }
        finally
        {
            // After a failure the tracked entities were rolled back in the database; forget them here too.
            db.ChangeTracker.Clear();
        }
        return context.Changes;
    }

    private async Task RunStepAsync(IRecipeStep step, JsonElement element, RecipeContext context, CancellationToken ct)
    {
        context.StepName = step.Name;
        try
        {
            await step.ImportAsync(element, context, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (ValidationFailedException e)
        {
            var (field, messages) = e.Errors.First();
            throw context.Error(field, string.Join(" ", messages));
        }
        catch (DbUpdateException e)
        {
            throw context.Error("(database)", "databasen avviste endringen (dobbel nøkkel eller ugyldig verdi): " + (e.InnerException ?? e).Message);
        }
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
        catch (JsonException e) { throw new RecipeException(RecipeLevel, $"linje {e.LineNumber + 1}", "er ikke gyldig JSON."); }
    }

    /// <summary>Checks every step name before anything is written, so a typo late in the file imports nothing.</summary>
    private IEnumerable<(IRecipeStep Step, JsonElement Element)> StepsOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
            throw new RecipeException(RecipeLevel, "steps", "mangler eller er ikke en liste.");
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
