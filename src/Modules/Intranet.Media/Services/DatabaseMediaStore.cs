using Intranet.Core.Data;
using Intranet.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Media.Services;

/// <summary>
/// Renditions as rows (<c>MediaFiles</c>: media id, size, bytes — bytea on PostgreSQL), so every web node
/// serves every image and a database backup holds the images too. The default with PostgreSQL
/// (<c>Intranet:Media:Store</c> = FileSystem|Database overrides). Images are at most a few MB after re-encoding.
/// </summary>
internal sealed class DatabaseMediaStore(IntranetDbContext db) : IMediaStore
{
    public async Task SaveAsync(Guid id, string size, byte[] content, CancellationToken ct = default)
    {
        RequireKnown(size);
        var files = db.Set<MediaFile>();
        var file = await files.FirstOrDefaultAsync(f => f.MediaId == id && f.Size == size, ct);
        if (file is null) files.Add(file = new MediaFile { MediaId = id, Size = size, Content = content });
        else file.Content = content;
        await db.SaveChangesAsync(ct);
        // Do not keep megabytes of image bytes tracked for the rest of the request.
        db.Entry(file).State = EntityState.Detached;
    }

    public async Task<Stream?> OpenReadAsync(Guid id, string size, CancellationToken ct = default)
    {
        RequireKnown(size);
        var content = await db.Set<MediaFile>().AsNoTracking()
            .Where(f => f.MediaId == id && f.Size == size).Select(f => f.Content).FirstOrDefaultAsync(ct);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public Task DeleteAsync(Guid id, CancellationToken ct = default) =>
        db.Set<MediaFile>().Where(f => f.MediaId == id).ExecuteDeleteAsync(ct);

    private static void RequireKnown(string size)
    {
        if (!MediaSizes.IsKnown(size)) throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown media size");
    }
}
