using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Media.Services;

/// <summary>
/// Keeps <see cref="MediaUsage"/> in step with article Markdown by following the change log (the same outbox
/// search consumes), so Content needs no hook. <see cref="CatchUpAsync"/> runs before any media permission
/// check and from a background loop; its cursor is an internal state row in Settings (<see cref="StateKeys"/>). Re-deriving an article's rows from its
/// current body is idempotent, so two nodes catching up at once is harmless.
/// </summary>
public sealed class MediaUsageSync(IntranetDbContext db, UsageCursor cursor)
{
    public const string CursorKey = StateKeys.Prefix + "media.usage-cursor";
    private const int Batch = 500;

    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        if (!await cursor.MayBeBehindAsync(db, ct)) return;
        await cursor.Gate.WaitAsync(ct);
        try
        {
            while (await ProcessBatchAsync(ct)) { }
        }
        finally
        {
            cursor.Gate.Release();
        }
    }

    private async Task<bool> ProcessBatchAsync(CancellationToken ct)
    {
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Key == CursorKey, ct);
        var from = long.TryParse(setting?.Value, out var c) ? c : 0;
        var entries = await db.ChangeLog.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(Batch)
            .Select(e => new { e.Id, e.ArticleId }).ToListAsync(ct);
        if (entries.Count == 0) { cursor.Remember(from); return false; }
        await RederiveAsync(entries.Select(e => e.ArticleId).Distinct().ToList(), ct);
        var to = entries[^1].Id;
        if (setting is null) db.Settings.Add(new Setting { Key = CursorKey, Value = to.ToString() });
        else setting.Value = to.ToString();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        cursor.Remember(to);
        return entries.Count == Batch;
    }

    private async Task RederiveAsync(List<int> articleIds, CancellationToken ct)
    {
        var bodies = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.BodyMarkdown }).ToListAsync(ct);
        var wanted = bodies.SelectMany(b => MediaUrls.ReferencedIds(b.BodyMarkdown).Select(m => (Media: m, Article: b.Id))).ToList();
        var mediaIds = wanted.Select(w => w.Media).Distinct().ToList();
        var known = await db.Set<MediaItem>().Where(m => mediaIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct);
        var usages = db.Set<MediaUsage>();
        usages.RemoveRange(await usages.Where(u => articleIds.Contains(u.ArticleId)).ToListAsync(ct));
        foreach (var (media, article) in wanted.Where(w => known.Contains(w.Media)))
            usages.Add(new MediaUsage { MediaId = media, ArticleId = article });
    }
}
