using Intranet.Core.Hosting;

namespace Intranet.Corner.Services.Attachments;

/// <summary><c>{data}/corner-attachments/{first two hex}/{id}.pdf</c>, written atomically via a temp file.</summary>
internal sealed class FileSystemAttachmentStore(IntranetPaths paths) : ICornerAttachmentStore
{
    private readonly string _root = paths.Folder("corner-attachments");

    public async Task SaveAsync(Guid id, byte[] content, CancellationToken ct = default)
    {
        var path = PathFor(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Move(temp, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(Guid id, CancellationToken ct = default)
    {
        var path = PathFor(id);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true)
            : null);
    }

    public Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var path = PathFor(id);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    private string PathFor(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(_root, name[..2], name + ".pdf");
    }
}
