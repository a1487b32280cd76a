using System.Security.Cryptography;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Corner.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Corner.Services.Attachments;

/// <summary>Stores admitted PDFs for a post, lists them, finds one for a reader who may read its post, and removes them.</summary>
public sealed class CornerAttachments(IntranetDbContext db, ICornerAttachmentStore store, IAuditLog audit, IClock clock)
{
    public async Task AddAsync(int articleId, IReadOnlyList<AdmittedPdf> files, Actor actor, CancellationToken ct = default)
    {
        foreach (var file in files)
        {
            var id = Guid.NewGuid();
            await store.SaveAsync(id, file.Content, ct);
            db.Add(new CornerAttachment
            {
                Id = id, ArticleId = articleId, FileName = file.FileName, Length = file.Content.LongLength,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)), UploadedAt = clock.UtcNow, UploadedBy = actor.UserName,
            });
            audit.Record(actor, "attach", "article", articleId.ToString(), $"vedlegg {file.FileName} ({id:N})");
        }
        await db.SaveChangesAsync(ct);
    }

    public Task<List<CornerAttachment>> ForArticleAsync(int articleId, CancellationToken ct = default) =>
        db.Set<CornerAttachment>().AsNoTracking().Where(a => a.ArticleId == articleId)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName).ToListAsync(ct);

    /// <summary>The attachment when the reader may read its post; null otherwise (the caller answers 404).</summary>
    public async Task<CornerAttachment?> ForReaderAsync(Guid id, ReaderContext reader, CancellationToken ct = default)
    {
        var attachment = await db.Set<CornerAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (attachment is null) return null;
        var readable = await db.Articles.Where(a => a.Id == attachment.ArticleId && a.Kind == ArticleKinds.Corner)
            .VisibleTo(reader, clock.UtcNow).AnyAsync(ct);
        return readable ? attachment : null;
    }

    /// <summary>
    /// Takes one attachment off its post (audited) and deletes its bytes, which no other post can reference (each
    /// upload gets its own id). Null when the post has no such attachment.
    /// </summary>
    public async Task<CornerAttachment?> RemoveAsync(int articleId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var attachment = await db.Set<CornerAttachment>().FirstOrDefaultAsync(a => a.Id == id && a.ArticleId == articleId, ct);
        if (attachment is null) return null;
        // The row (and its audit entry) first: should deleting the bytes then fail, the post is still consistent.
        await DetachAsync([attachment], actor, ct);
        return attachment;
    }

    /// <summary>Every attachment of a post that is being deleted: rows and bytes, in the caller's transaction.</summary>
    public async Task RemoveAllAsync(int articleId, Actor actor, CancellationToken ct = default)
    {
        var rows = await db.Set<CornerAttachment>().Where(a => a.ArticleId == articleId).ToListAsync(ct);
        if (rows.Count > 0) await DetachAsync(rows, actor, ct);
    }

    private async Task DetachAsync(List<CornerAttachment> rows, Actor actor, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            db.Remove(row);
            audit.Record(actor, "detach", "article", row.ArticleId.ToString(), $"vedlegg {row.FileName} ({row.Id:N}) fjernet");
        }
        await db.SaveChangesAsync(ct);
        foreach (var row in rows) await store.DeleteAsync(row.Id, ct);
    }

    public Task<Stream?> OpenAsync(Guid id, CancellationToken ct = default) => store.OpenReadAsync(id, ct);
}
