using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Intranet.Newsletter.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Recipes;

/// <summary>
/// The "events" step: time, place and capacity for event articles (kind "event") that the articles step made,
/// matched by slug. Runs after the articles step; an unchanged event is left alone.
/// </summary>
internal sealed class EventsRecipeStep(IntranetDbContext db) : IRecipeStep
{
    public string Name => "events";
    public int Order => 45;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (item, path) in step.Items("events", context))
        {
            var slug = item.RequiredString("slug", context, path);
            context.EnsureUnique("event", slug, $"{path}.slug");
            var articleId = await db.Articles.Where(a => a.Slug == slug && a.Kind == ArticleKinds.Event).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
                            ?? throw context.Error($"{path}.slug", $"Finner ikke arrangementet «{slug}» (det må stå i articles-steget).");
            var starts = item.OptionalDate("startsAt", context, path) ?? throw context.Error($"{path}.startsAt", "Mangler starttid.");
            var ends = item.OptionalDate("endsAt", context, path) ?? throw context.Error($"{path}.endsAt", "Mangler sluttid.");
            if (ends < starts) throw context.Error($"{path}.endsAt", "Slutt må være etter start.");
            var capacity = item.OptionalInt("capacity", context, path);
            if (capacity is < 1) throw context.Error($"{path}.capacity", "Antall plasser må være minst 1.");
            var details = await db.Set<EventDetails>().FirstOrDefaultAsync(d => d.ArticleId == articleId, ct);
            if (details is null) db.Add(details = new EventDetails { ArticleId = articleId });
            var before = (details.StartsAt, details.EndsAt, details.Place, details.Capacity, details.SignupOpen);
            details.StartsAt = starts.ToUniversalTime();
            details.EndsAt = ends.ToUniversalTime();
            details.Place = item.OptionalString("place", context, path) ?? "";
            details.Capacity = capacity;
            details.SignupOpen = item.OptionalBool("signupOpen", context, path, fallback: true);
            if (db.Entry(details).State == EntityState.Added || before != (details.StartsAt, details.EndsAt, details.Place, details.Capacity, details.SignupOpen))
                context.Changed();
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var rows = await (from d in db.Set<EventDetails>() join a in db.Articles on d.ArticleId equals a.Id
                          orderby d.StartsAt, a.Slug select new { a.Slug, d }).AsNoTracking().ToListAsync(ct);
        if (rows.Count == 0) return null;
        var events = new JsonArray();
        foreach (var r in rows)
        {
            var e = new JsonObject
            {
                ["slug"] = r.Slug, ["startsAt"] = r.d.StartsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
                ["endsAt"] = r.d.EndsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), ["place"] = r.d.Place,
            };
            if (r.d.Capacity is int c) e["capacity"] = c;
            if (!r.d.SignupOpen) e["signupOpen"] = false;
            events.Add(e);
        }
        return new JsonObject { ["step"] = Name, ["events"] = events };
    }
}
