using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>A unit's checklist and each new hire's ticks (stored per user, so they survive signing out).</summary>
public sealed class Checklists(IntranetDbContext db, IClock clock)
{
    public Task<List<ChecklistItem>> ItemsAsync(int unitId, CancellationToken ct = default) =>
        db.Set<ChecklistItem>().AsNoTracking().Where(i => i.UnitId == unitId)
            .OrderBy(i => i.DueDay).ThenBy(i => i.SortOrder).ThenBy(i => i.Id).ToListAsync(ct);

    public async Task<List<ChecklistEntry>> ForUserAsync(string userId, int unitId, DateOnly? startDate, CancellationToken ct = default)
    {
        var items = await ItemsAsync(unitId, ct);
        var ticked = await TickedAsync(userId, ct);
        return items.Select(i => new ChecklistEntry(i, startDate?.AddDays(i.DueDay), ticked.Contains(i.Id))).ToList();
    }

    /// <summary>Stores exactly the given ticks among the items of the user's unit; ids from other units are ignored.</summary>
    public async Task SaveTicksAsync(string userId, int unitId, IEnumerable<int> tickedItemIds, CancellationToken ct = default)
    {
        var unitItems = await db.Set<ChecklistItem>().Where(i => i.UnitId == unitId).Select(i => i.Id).ToListAsync(ct);
        var wanted = tickedItemIds.Where(unitItems.Contains).ToHashSet();
        var existing = await db.Set<ChecklistTick>().Where(t => t.UserId == userId && unitItems.Contains(t.ChecklistItemId)).ToListAsync(ct);
        db.Set<ChecklistTick>().RemoveRange(existing.Where(t => !wanted.Contains(t.ChecklistItemId)));
        var now = clock.UtcNow;
        foreach (var id in wanted.Except(existing.Select(t => t.ChecklistItemId)))
            db.Set<ChecklistTick>().Add(new ChecklistTick { UserId = userId, ChecklistItemId = id, TickedAt = now });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Progress on the unit's checklist for each of the given users.</summary>
    public async Task<Dictionary<string, ChecklistProgress>> ProgressAsync(int unitId, IReadOnlyCollection<string> userIds, CancellationToken ct = default)
    {
        var itemIds = await db.Set<ChecklistItem>().Where(i => i.UnitId == unitId).Select(i => i.Id).ToListAsync(ct);
        var done = await db.Set<ChecklistTick>()
            .Where(t => userIds.Contains(t.UserId) && itemIds.Contains(t.ChecklistItemId))
            .GroupBy(t => t.UserId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return userIds.ToDictionary(id => id, id => new ChecklistProgress(done.GetValueOrDefault(id), itemIds.Count));
    }

    private async Task<HashSet<int>> TickedAsync(string userId, CancellationToken ct) =>
        (await db.Set<ChecklistTick>().Where(t => t.UserId == userId).Select(t => t.ChecklistItemId).ToListAsync(ct)).ToHashSet();
}
