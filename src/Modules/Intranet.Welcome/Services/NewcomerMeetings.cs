using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>Upcoming welcome meetings and sign-up within their capacity.</summary>
public sealed class NewcomerMeetings(IntranetDbContext db, IClock clock)
{
    public Task<List<NewcomerMeeting>> UpcomingAsync(int count = 3, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        return db.Set<NewcomerMeeting>().AsNoTracking().Where(m => m.EndsAt > now)
            .OrderBy(m => m.StartsAt).Take(count).ToListAsync(ct);
    }

    public Task<NewcomerMeeting?> ByIdAsync(int id, CancellationToken ct = default) =>
        db.Set<NewcomerMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);

    public async Task<HashSet<int>> SignedUpForAsync(string userId, CancellationToken ct = default) =>
        (await db.Set<MeetingSignup>().Where(s => s.UserId == userId).Select(s => s.MeetingId).ToListAsync(ct)).ToHashSet();

    /// <summary>
    /// Claims a seat with one conditional UPDATE (SignedUp &lt; Capacity), so two people signing up for the
    /// last seat at the same moment cannot both get it, on SQLite or PostgreSQL.
    /// </summary>
    public async Task<SignupResult> SignUpAsync(int meetingId, string userId, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var meetings = db.Set<NewcomerMeeting>();
        if (!await meetings.AnyAsync(m => m.Id == meetingId && m.EndsAt > now, ct)) return SignupResult.NotFound;
        if (await IsSignedUpAsync(meetingId, userId, ct)) return SignupResult.AlreadySignedUp;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await meetings.Where(m => m.Id == meetingId && m.SignedUp < m.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SignedUp, m => m.SignedUp + 1), ct);
        if (claimed == 0) return SignupResult.Full;
        db.Set<MeetingSignup>().Add(new MeetingSignup { MeetingId = meetingId, UserId = userId, SignedUpAt = now });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // The same person signed up twice at once: the key refused the second row; give the seat back.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return SignupResult.AlreadySignedUp;
        }
        await tx.CommitAsync(ct);
        return SignupResult.SignedUp;
    }

    public async Task<bool> CancelAsync(int meetingId, string userId, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var removed = await db.Set<MeetingSignup>().Where(s => s.MeetingId == meetingId && s.UserId == userId).ExecuteDeleteAsync(ct);
        if (removed == 0) return false;
        await db.Set<NewcomerMeeting>().Where(m => m.Id == meetingId && m.SignedUp > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SignedUp, m => m.SignedUp - 1), ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private Task<bool> IsSignedUpAsync(int meetingId, string userId, CancellationToken ct) =>
        db.Set<MeetingSignup>().AnyAsync(s => s.MeetingId == meetingId && s.UserId == userId, ct);
}
