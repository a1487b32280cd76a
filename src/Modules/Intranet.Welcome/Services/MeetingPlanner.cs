using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>Communications or HR set up and cancel welcome meetings. Times are typed in Norwegian time and stored in UTC.</summary>
public sealed class MeetingPlanner(IntranetDbContext db, IAuditLog audit, IClock clock)
{
    public Task<List<NewcomerMeeting>> UpcomingAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        return db.Set<NewcomerMeeting>().AsNoTracking().Where(m => m.EndsAt > now).OrderBy(m => m.StartsAt).ToListAsync(ct);
    }

    public async Task<NewcomerMeeting> AddAsync(MeetingDraft d, Actor actor, CancellationToken ct = default)
    {
        var (starts, ends) = Validate(d);
        var meeting = new NewcomerMeeting
        {
            Title = d.Title!.Trim(), TitleNn = string.IsNullOrWhiteSpace(d.TitleNn) ? null : d.TitleNn.Trim(),
            Place = d.Place!.Trim(), Description = d.Description?.Trim() ?? "", Capacity = d.Capacity!.Value,
            StartsAt = starts, EndsAt = ends,
        };
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        audit.Record(actor, "create", "welcome-meeting", meeting.Id.ToString(), meeting.Title);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var meeting = await db.Set<NewcomerMeeting>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return false;
        db.Remove(meeting);
        audit.Record(actor, "delete", "welcome-meeting", id.ToString(), meeting.Title);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private (DateTimeOffset Starts, DateTimeOffset Ends) Validate(MeetingDraft d)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(d.Title)) errors.Add("Meeting.Title", "Skriv en tittel.");
        else if (d.Title.Trim().Length > 200) errors.Add("Meeting.Title", "Tittelen kan ha høyst 200 tegn.");
        if (d.TitleNn?.Trim().Length > 200) errors.Add("Meeting.TitleNn", "Tittelen kan ha høyst 200 tegn.");
        if (string.IsNullOrWhiteSpace(d.Place)) errors.Add("Meeting.Place", "Skriv hvor møtet er.");
        else if (d.Place.Trim().Length > 200) errors.Add("Meeting.Place", "Stedet kan ha høyst 200 tegn.");
        if (d.Description?.Trim().Length > 2000) errors.Add("Meeting.Description", "Teksten kan ha høyst 2000 tegn.");
        if (d.Capacity is null or < 1 or > 10000) errors.Add("Meeting.Capacity", "Skriv et antall plasser fra 1 til 10000.");
        if (d.Date is null) errors.Add("Meeting.Date", "Velg en dato.");
        if (d.Starts is null) errors.Add("Meeting.Starts", "Velg når møtet begynner.");
        if (d.Ends is null) errors.Add("Meeting.Ends", "Velg når møtet slutter.");
        else if (d.Starts is { } s && d.Ends <= s) errors.Add("Meeting.Ends", "Møtet må slutte etter at det begynner.");
        errors.ThrowIfAny();
        var starts = LocalTime.ToUtc(d.Date!.Value, d.Starts!.Value);
        if (starts <= clock.UtcNow) throw ValidationFailedException.For("Meeting.Date", "Møtet må være fram i tid.");
        return (starts, LocalTime.ToUtc(d.Date.Value, d.Ends!.Value));
    }
}
