using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Recipes;

/// <summary>
/// The "welcome" step: pack sections (articles by slug, in order, optionally with a translation),
/// unit checklists, buddies and welcome meetings. Runs after the articles step; importing twice changes nothing.
/// </summary>
internal sealed class WelcomeRecipeStep(IntranetDbContext db) : IRecipeStep
{
    public string Name => "welcome";
    public int Order => 50;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var lookup = await RecipeLookup.LoadAsync(db, ct);
        await new WelcomeSectionsImport(db, lookup).RunAsync(step, context, ct);
        await new WelcomeChecklistsImport(db, lookup).RunAsync(step, context, ct);
        await ImportBuddiesAsync(step, context, lookup, ct);
        await new NewcomerMeetingsImport(db).RunAsync(step, context, ct);
    }

    private async Task ImportBuddiesAsync(JsonElement step, RecipeContext context, RecipeLookup lookup, CancellationToken ct)
    {
        foreach (var (item, path) in step.Items("buddies", context))
        {
            var newHire = item.RequiredString("newHire", context, path);
            var buddy = item.RequiredString("buddy", context, path);
            // Demo users are left out outside Development; their buddy pairing goes with them.
            if (context.WithheldUsers.ContainsKey(newHire) || context.WithheldUsers.ContainsKey(buddy)) continue;
            context.EnsureUnique("buddy", newHire, $"{path}.newHire");
            var newHireId = lookup.User(newHire, context, $"{path}.newHire");
            var buddyId = lookup.User(buddy, context, $"{path}.buddy");
            var current = await db.Set<BuddyAssignment>().FirstOrDefaultAsync(b => b.NewHireId == newHireId, ct);
            if (current?.BuddyId == buddyId) continue;
            if (current is null) db.Add(new BuddyAssignment { NewHireId = newHireId, BuddyId = buddyId, AssignedAt = DateTimeOffset.UtcNow });
            else current.BuddyId = buddyId;
            context.Changed();
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var lookup = await RecipeLookup.LoadAsync(db, ct);
        var node = new JsonObject
        {
            ["sections"] = await WelcomeSectionsImport.ExportAsync(db, lookup, ct),
            ["checklists"] = await WelcomeChecklistsImport.ExportAsync(db, lookup, ct),
            ["buddies"] = new JsonArray((await db.Set<BuddyAssignment>().AsNoTracking().ToListAsync(ct))
                .Select(b => (JsonNode)new JsonObject { ["newHire"] = lookup.UserName(b.NewHireId), ["buddy"] = lookup.UserName(b.BuddyId) }).ToArray()),
            ["meetings"] = await NewcomerMeetingsImport.ExportAsync(db, ct),
        };
        return node;
    }
}
