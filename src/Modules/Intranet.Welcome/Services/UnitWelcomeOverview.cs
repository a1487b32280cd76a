using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>What a unit leader sees of their unit: its sections, checklist, colleagues and new hires' progress.</summary>
public sealed class UnitWelcomeOverview(IntranetDbContext db, NewHires newHires, Checklists checklists, Buddies buddies, WelcomePack pack)
{
    public async Task<List<NewHireOverview>> NewHiresAsync(int unitId, CancellationToken ct = default)
    {
        var hires = await newHires.InUnitAsync(unitId, ct);
        var buddyIds = await buddies.BuddyIdsAsync(hires.Select(h => h.Id).ToList(), ct);
        var result = new List<NewHireOverview>();
        foreach (var hire in hires)
            result.Add(new NewHireOverview(hire, await checklists.ForUserAsync(hire.Id, unitId, hire.StartDate, ct), buddyIds.GetValueOrDefault(hire.Id)));
        return result;
    }

    public Task<List<IntranetUser>> ColleaguesAsync(int unitId, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Where(u => u.UnitId == unitId).OrderBy(u => u.DisplayName).ToListAsync(ct);

    public Task<List<PackSection>> SectionsAsync(int unitId, ReaderContext reader, string language, CancellationToken ct = default) =>
        pack.ForUnitAsync(unitId, reader, language, ct);

    public Task<List<Models.ChecklistItem>> ItemsAsync(int unitId, CancellationToken ct = default) => checklists.ItemsAsync(unitId, ct);
}
