using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Intranet.Core.Time;

namespace Intranet.Insights.Recipes;

/// <summary>
/// The "insights" step: <c>{"step": "insights", "seed": 2026, "pulse": {...}}</c> generates a year of deterministic
/// synthetic aggregates (views per article and day, daily and monthly unique readers per unit — the monthly ones as
/// HyperLogLog sketches — weekly search counts,
/// and a quarterly pulse survey with answers — at least five in some units, fewer in others) so the dashboard
/// means something on the first run. Generated once per database (marker setting recipe:insights-seed).
/// </summary>
internal sealed class InsightsRecipeStep(IntranetDbContext db, IClock clock) : IRecipeStep
{
    private const string Marker = "recipe:insights-seed";

    public string Name => "insights";
    public int Order => 90;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var seed = step.OptionalInt("seed", context, "seed") ?? 1;
        if (await db.Settings.FindAsync([Marker], ct) is not null) return;
        var generator = new DemoActivity(db, clock.UtcNow, seed);
        await generator.ViewsAsync(ct);
        await generator.ReadersAsync(ct);
        generator.SearchCounts();
        if (step.TryGetProperty("pulse", out var pulse)) await generator.PulseAsync(PulseSeed.Read(pulse, context), ct);
        db.Settings.Add(new Setting { Key = Marker, Value = seed.ToString() });
        context.Changed();
    }

    /// <summary>Generated data is not exported: a recipe carries the seed, not thousands of rows.</summary>
    public Task<JsonObject?> ExportAsync(CancellationToken ct) => Task.FromResult<JsonObject?>(null);
}
