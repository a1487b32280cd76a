using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Recipes;

/// <summary>"meetings": [{title, titleNn?, startsAt, endsAt, place, capacity, description?}], matched by title and start.</summary>
internal sealed class NewcomerMeetingsImport(IntranetDbContext db)
{
    public async Task RunAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (item, path) in step.Items("meetings", context))
        {
            var title = item.RequiredString("title", context, path).Trim();
            var startsAt = item.OptionalDate("startsAt", context, path) ?? throw context.Error($"{path}.startsAt", "mangler.");
            var endsAt = item.OptionalDate("endsAt", context, path) ?? startsAt.AddHours(2);
            if (endsAt <= startsAt) throw context.Error($"{path}.endsAt", "må komme etter startsAt.");
            var capacity = item.OptionalInt("capacity", context, path) ?? 20;
            if (capacity is < 1 or > 10000) throw context.Error($"{path}.capacity", "må være fra 1 til 10000.");
            context.EnsureUnique("meeting", $"{title}@{startsAt:O}", $"{path}.title");
            var meeting = await db.Set<NewcomerMeeting>().FirstOrDefaultAsync(m => m.Title == title && m.StartsAt == startsAt, ct);
            if (meeting is null) db.Add(meeting = new NewcomerMeeting { Title = title, StartsAt = startsAt });
            var before = (meeting.TitleNn, meeting.EndsAt, meeting.Place, meeting.Capacity, meeting.Description);
            meeting.TitleNn = item.OptionalString("titleNn", context, path);
            meeting.EndsAt = endsAt;
            meeting.Place = item.RequiredString("place", context, path);
            meeting.Capacity = capacity;
            meeting.Description = item.OptionalString("description", context, path) ?? "";
            if (meeting.Id == 0 || before != (meeting.TitleNn, meeting.EndsAt, meeting.Place, meeting.Capacity, meeting.Description)) context.Changed();
        }
    }

    public static async Task<JsonArray> ExportAsync(IntranetDbContext db, CancellationToken ct)
    {
        var meetings = await db.Set<NewcomerMeeting>().AsNoTracking().OrderBy(m => m.StartsAt).ToListAsync(ct);
        return new JsonArray(meetings.Select(m => (JsonNode)new JsonObject
        {
            ["title"] = m.Title, ["titleNn"] = m.TitleNn,
            ["startsAt"] = m.StartsAt.ToString("O", CultureInfo.InvariantCulture),
            ["endsAt"] = m.EndsAt.ToString("O", CultureInfo.InvariantCulture),
            ["place"] = m.Place, ["capacity"] = m.Capacity, ["description"] = m.Description,
        }).ToArray());
    }
}
