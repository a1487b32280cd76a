using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Corner.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Corner.Services.Export;

/// <summary>Gathers a corner post, every earlier version, its attachments and its audit trail for archiving.</summary>
public sealed class CornerExporter(IntranetDbContext db, IClock clock)
{
    public async Task<CornerExport?> LoadAsync(string slug, string exportedBy, string baseUrl, CancellationToken ct = default)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Kind == ArticleKinds.Corner && a.Slug == slug, ct);
        if (article is null) return null;
        var id = article.Id;
        var entityId = id.ToString();
        var post = await db.Set<CornerPost>().AsNoTracking().FirstOrDefaultAsync(p => p.ArticleId == id, ct);
        var versions = await db.ArticleVersions.AsNoTracking().Where(v => v.ArticleId == id).OrderBy(v => v.VersionNumber).ToListAsync(ct);
        var attachments = await db.Set<CornerAttachment>().AsNoTracking().Where(a => a.ArticleId == id)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName).ToListAsync(ct);
        var history = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "article" && e.EntityId == entityId)
            .OrderBy(e => e.Id).ToListAsync(ct);
        return new CornerExport(article, post, versions, attachments, history, exportedBy, clock.UtcNow, baseUrl);
    }
}
