using Intranet.Core.Hosting;
using Intranet.Media.Models;

namespace Intranet.Media.Services;

/// <summary>The default store: <c>{data}/media/{first two hex}/{id}/{size}</c>, written atomically via a temp file.</summary>
internal sealed class FileSystemMediaStore(IntranetPaths paths) : IMediaStore
{
    private readonly string _root = paths.Folder("media");

    public async Task SaveAsync(Guid id, string size, byte[] content, CancellationToken ct = default)
    {
        var path = PathFor(id, size);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Move(temp, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(Guid id, string size, CancellationToken ct = default)
    {
        var path = PathFor(id, size);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true)
            : null);
    }

    public Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var folder = FolderFor(id);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    private string FolderFor(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(_root, name[..2], name);
    }

    private string PathFor(Guid id, string size)
    {
        if (!MediaSizes.IsKnown(size)) throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown media size");
        return Path.Combine(FolderFor(id), size);
    }
}
