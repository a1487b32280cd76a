using Intranet.Core.Data;
using Intranet.Corner.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Corner.Services.Attachments;

/// <summary>
/// Attachments as rows (<c>CornerAttachmentFiles</c>, bytea on PostgreSQL), like media: every node serves them
/// and a database backup holds them. Files are bounded by <see cref="AttachmentOptions.MaxBytes"/>.
/// </summary>
internal sealed class DatabaseAttachmentStore(IntranetDbContext db) : ICornerAttachmentStore
{
    public async Task SaveAsync(Guid id, byte[] content, CancellationToken ct = default)
    {
        var row = new CornerAttachmentFile { AttachmentId = id, Content = content };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        // Do not keep megabytes tracked for the rest of the request.
        db.Entry(row).State = EntityState.Detached;
    }

    public async Task<Stream?> OpenReadAsync(Guid id, CancellationToken ct = default)
    {
        var content = await db.Set<CornerAttachmentFile>().AsNoTracking()
            .Where(f => f.AttachmentId == id).Select(f => f.Content).FirstOrDefaultAsync(ct);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    /// <summary>Runs in the caller's transaction, so the bytes go only if the removal of the attachment commits.</summary>
    public Task DeleteAsync(Guid id, CancellationToken ct = default) =>
        db.Set<CornerAttachmentFile>().Where(f => f.AttachmentId == id).ExecuteDeleteAsync(ct);
}
