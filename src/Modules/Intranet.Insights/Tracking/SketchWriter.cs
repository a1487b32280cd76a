using Intranet.Core.Data;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Tracking;

/// <summary>
/// Writes buffered sketch registers. A register is only ever raised: an existing row is updated with
/// "SET Rank = r WHERE Rank &lt; r" (atomic per row on SQLite and PostgreSQL), a missing one inserted, and an insert
/// that loses a race to another node is retried as the conditional update. So however the nodes interleave, the
/// stored register is the maximum of every rank any node wrote — the HyperLogLog merge.
/// </summary>
internal static class SketchWriter
{
    public static async Task WriteAsync(IntranetDbContext db, IReadOnlyCollection<KeyValuePair<(string Month, int UnitId, int Register), int>> registers, CancellationToken ct)
    {
        var set = db.Set<MonthlyReaderRegister>();
        foreach (var group in registers.GroupBy(r => (r.Key.Month, r.Key.UnitId)))
        {
            var (month, unitId) = group.Key;
            var wanted = group.ToDictionary(r => r.Key.Register, r => r.Value);
            var keys = wanted.Keys.ToList();
            var stored = await set.AsNoTracking().Where(r => r.Month == month && r.UnitId == unitId && keys.Contains(r.Register))
                .ToDictionaryAsync(r => r.Register, r => r.Rank, ct);
            foreach (var (register, rank) in wanted.Where(w => stored.TryGetValue(w.Key, out var s) && s < w.Value))
                await RaiseAsync(db, month, unitId, register, rank, ct);
            var missing = wanted.Where(w => !stored.ContainsKey(w.Key)).ToList();
            if (missing.Count == 0) continue;
            try
            {
                set.AddRange(missing.Select(m => new MonthlyReaderRegister { Month = month, UnitId = unitId, Register = m.Key, Rank = m.Value }));
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node inserted one of these registers meanwhile: go one by one.
                db.ChangeTracker.Clear();
                foreach (var (register, rank) in missing) await UpsertAsync(db, month, unitId, register, rank, ct);
            }
            finally { db.ChangeTracker.Clear(); }
        }
    }

    private static Task<int> RaiseAsync(IntranetDbContext db, string month, int unitId, int register, int rank, CancellationToken ct) =>
        db.Set<MonthlyReaderRegister>().Where(r => r.Month == month && r.UnitId == unitId && r.Register == register && r.Rank < rank)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Rank, rank), ct);

    private static async Task UpsertAsync(IntranetDbContext db, string month, int unitId, int register, int rank, CancellationToken ct)
    {
        var set = db.Set<MonthlyReaderRegister>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await RaiseAsync(db, month, unitId, register, rank, ct);
            if (await set.AnyAsync(r => r.Month == month && r.UnitId == unitId && r.Register == register, ct)) return;
            try
            {
                set.Add(new MonthlyReaderRegister { Month = month, UnitId = unitId, Register = register, Rank = rank });
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) { }
            finally { db.ChangeTracker.Clear(); }
        }
    }
}
