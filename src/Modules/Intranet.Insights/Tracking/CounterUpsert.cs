using Intranet.Core.Data;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Tracking;

/// <summary>Update-or-insert of counter rows that works on SQLite and PostgreSQL and with several nodes writing.</summary>
internal static class CounterUpsert
{
    public static async Task AddViewsAsync(IntranetDbContext db, int articleId, DateOnly day, int count, CancellationToken ct)
    {
        var set = db.Set<ArticleDayViews>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var updated = await set.Where(v => v.ArticleId == articleId && v.Day == day)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Views, v => v.Views + count), ct);
            if (updated > 0) return;
            try
            {
                set.Add(new ArticleDayViews { ArticleId = articleId, Day = day, Views = count });
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); }
            finally { db.ChangeTracker.Clear(); }
        }
    }

    public static async Task AddReaderIfNewAsync(IntranetDbContext db, DateOnly day, int unitId, string hash, CancellationToken ct)
    {
        var set = db.Set<DailyReaderHash>();
        if (await set.AnyAsync(h => h.Day == day && h.UnitId == unitId && h.Hash == hash, ct)) return;
        try
        {
            set.Add(new DailyReaderHash { Day = day, UnitId = unitId, Hash = hash });
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) { }
        finally { db.ChangeTracker.Clear(); }
    }
}
