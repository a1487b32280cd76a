using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.Core.Time;
using Intranet.Values.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Recipes;

/// <summary>
/// The "praise" step: demo verdiroser, from a user to a colleague ("to") or a team ("team"), accepted or pending.
/// A praise that already exists (same sender, recipient and message) is left as people have answered it, so
/// importing again changes nothing. Praise is people's own activity, like applause: it is not exported.
/// </summary>
internal sealed class PraiseRecipeStep(IntranetDbContext db, IClock clock) : IRecipeStep
{
    public string Name => "praise";
    public int Order => 60;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Slug, u => u.Id, ct);
        var values = await db.OrgValues.AsNoTracking().Select(v => v.Slug).ToListAsync(ct);
        foreach (var (item, path) in step.Items("praise", context))
        {
            var from = item.RequiredString("from", context, path);
            var to = item.OptionalString("to", context, path);
            // Demo users are left out outside Development; their praise goes with them.
            if (context.WithheldUsers.ContainsKey(from) || (to is not null && context.WithheldUsers.ContainsKey(to))) continue;
            var praise = Read(item, path, context, users, units, values);
            var exists = await db.Set<ValuePraise>().AnyAsync(p => p.SenderId == praise.SenderId && p.RecipientUserId == praise.RecipientUserId
                && p.UnitId == praise.UnitId && p.Message == praise.Message, ct);
            if (exists) continue;
            praise.CreatedAt = clock.UtcNow;
            if (praise.Status == PraiseStatus.Accepted) praise.AnsweredAt = praise.CreatedAt;
            db.Add(praise);
            context.Changed();
        }
        await db.SaveChangesAsync(ct);
    }

    private static ValuePraise Read(JsonElement item, string path, RecipeContext context,
        Dictionary<string, Core.Models.IntranetUser> users, Dictionary<string, int> units, List<string> values)
    {
        var from = item.RequiredString("from", context, path);
        var to = item.OptionalString("to", context, path);
        var team = item.OptionalString("team", context, path);
        if (!users.TryGetValue(from, out var sender)) throw context.Error($"{path}.from", $"brukeren «{from}» finnes ikke.");
        if ((to is null) == (team is null)) throw context.Error($"{path}.to", "oppgi enten «to» (en kollega) eller «team» (en enhet).");
        Core.Models.IntranetUser? recipient = null;
        if (to is not null && !users.TryGetValue(to, out recipient)) throw context.Error($"{path}.to", $"brukeren «{to}» finnes ikke.");
        int? unitId = recipient?.UnitId;
        if (team is not null)
            unitId = units.TryGetValue(team, out var id) ? id : throw context.Error($"{path}.team", $"enheten «{team}» finnes ikke.");
        var slugs = item.StringList("values", context, path);
        if (slugs.Count == 0 || slugs.Any(s => !values.Contains(s))) throw context.Error($"{path}.values", "må nevne minst én av kommunens verdier.");
        var status = item.OptionalString("status", context, path) ?? "pending";
        if (status is not ("pending" or "accepted")) throw context.Error($"{path}.status", "må være «pending» eller «accepted».");
        var message = item.RequiredString("message", context, path).Trim();
        if (message.Length > Services.PraiseRules.MessageMax) throw context.Error($"{path}.message", "er for lang.");
        return new ValuePraise
        {
            SenderId = sender.Id, RecipientUserId = recipient?.Id, UnitId = unitId, Message = message,
            Status = status == "accepted" ? PraiseStatus.Accepted : PraiseStatus.Pending,
            Values = slugs.Distinct().Select(s => new ValuePraiseValue { ValueSlug = s }).ToList(),
        };
    }

    public Task<JsonObject?> ExportAsync(CancellationToken ct) => Task.FromResult<JsonObject?>(null);
}
