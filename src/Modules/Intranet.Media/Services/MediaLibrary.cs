using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Paging;
using Intranet.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Media.Services;

/// <summary>The editors' view of all images: search, usage, alt text changes, and deleting unused images.</summary>
public sealed class MediaLibrary(IntranetDbContext db, MediaUsageSync usage, IMediaStore store, IAuditLog audit)
{
    public async Task<PagedResult<MediaLibraryEntry>> SearchAsync(string? query, PageRequest request, CancellationToken ct = default)
    {
        await usage.CatchUpAsync(ct);
        var items = db.Set<MediaItem>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim().ToLower();
            items = items.Where(m => m.Alt.ToLower().Contains(q) || m.OriginalFileName.ToLower().Contains(q));
        }
        var total = await items.CountAsync(ct);
        var page = await items.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .Skip(request.Skip).Take(request.PageSize).ToListAsync(ct);
        var uses = await UsesAsync(page.Select(m => m.Id).ToList(), ct);
        var entries = page.Select(m => new MediaLibraryEntry(m, uses.TryGetValue(m.Id, out var u) ? u : [])).ToList();
        return new PagedResult<MediaLibraryEntry>(total, entries, request);
    }

    public async Task UpdateAltAsync(Guid id, string? alt, Actor actor, CancellationToken ct = default)
    {
        var text = MediaUploadService.ValidAlt(alt);
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new KeyNotFoundException();
        item.Alt = text;
        audit.Record(actor, "edit", "media", id.ToString("N"), $"alternativ tekst: «{text}»");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Deletes an image no article uses; false (and nothing deleted) when it is in use.</summary>
    public async Task<bool> DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        await usage.CatchUpAsync(ct);
        if (await db.Set<MediaUsage>().AnyAsync(u => u.MediaId == id, ct)) return false;
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return true;
        db.Remove(item);
        audit.Record(actor, "delete", "media", id.ToString("N"), $"«{item.Alt}»");
        await db.SaveChangesAsync(ct);
        await store.DeleteAsync(id, ct);
        return true;
    }

    private async Task<Dictionary<Guid, IReadOnlyList<MediaLibraryEntry.Use>>> UsesAsync(List<Guid> ids, CancellationToken ct)
    {
        var rows = await (from u in db.Set<MediaUsage>()
                          join a in db.Articles on u.ArticleId equals a.Id
                          where ids.Contains(u.MediaId)
                          select new { u.MediaId, a.Id, a.Title, a.Kind, a.Slug }).ToListAsync(ct);
        return rows.GroupBy(r => r.MediaId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<MediaLibraryEntry.Use>)g.Select(r => new MediaLibraryEntry.Use(r.Id, r.Title, Core.Models.ArticleKinds.Url(r.Kind, r.Slug))).ToList());
    }
}
