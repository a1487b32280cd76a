using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>Who is whose buddy (fadder).</summary>
public sealed class Buddies(IntranetDbContext db, IClock clock)
{
    public async Task<IntranetUser?> BuddyOfAsync(string newHireId, CancellationToken ct = default)
    {
        var buddyId = await db.Set<BuddyAssignment>().Where(b => b.NewHireId == newHireId).Select(b => b.BuddyId).FirstOrDefaultAsync(ct);
        return buddyId is null ? null : await db.Users.AsNoTracking().Include(u => u.Unit).FirstOrDefaultAsync(u => u.Id == buddyId, ct);
    }

    public Task<Dictionary<string, string>> BuddyIdsAsync(IReadOnlyCollection<string> newHireIds, CancellationToken ct = default) =>
        db.Set<BuddyAssignment>().Where(b => newHireIds.Contains(b.NewHireId)).ToDictionaryAsync(b => b.NewHireId, b => b.BuddyId, ct);

    /// <summary>Gives the new hire this buddy, or removes the buddy when buddyId is null.</summary>
    public async Task AssignAsync(string newHireId, string? buddyId, CancellationToken ct = default)
    {
        var current = await db.Set<BuddyAssignment>().FirstOrDefaultAsync(b => b.NewHireId == newHireId, ct);
        if (buddyId is null)
        {
            if (current is not null) db.Remove(current);
        }
        else if (current is null)
            db.Add(new BuddyAssignment { NewHireId = newHireId, BuddyId = buddyId, AssignedAt = clock.UtcNow });
        else if (current.BuddyId != buddyId)
        {
            current.BuddyId = buddyId;
            current.AssignedAt = clock.UtcNow;
        }
        await db.SaveChangesAsync(ct);
    }
}
