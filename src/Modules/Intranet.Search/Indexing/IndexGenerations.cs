using Intranet.Core.Hosting;

namespace Intranet.Search.Indexing;

/// <summary>
/// The index lives in generation folders under data/index; the file "current" names the one in use. A rebuild
/// writes a new generation and swaps the pointer with an atomic rename, so a crash mid-rebuild leaves the old
/// index in place and the half-built folder is removed at the next start.
/// </summary>
public sealed class IndexGenerations(IntranetPaths paths)
{
    private const string Pointer = "current";
    private const string Prefix = "g-";

    public string Root => paths.Folder("index");

    public string? Current()
    {
        var pointer = Path.Combine(Root, Pointer);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        return name.StartsWith(Prefix, StringComparison.Ordinal) && !name.Contains('/') && !name.Contains('\\')
            ? Path.Combine(Root, name)
            : null;
    }

    public string CreateNew()
    {
        var path = Path.Combine(Root, $"{Prefix}{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(path);
        return path;
    }

    public void PointTo(string folder)
    {
        var temp = Path.Combine(Root, Pointer + ".tmp");
        File.WriteAllText(temp, Path.GetFileName(folder));
        File.Move(temp, Path.Combine(Root, Pointer), overwrite: true);
    }

    /// <summary>Deletes every generation except the given ones (left over from an old index or a crashed rebuild).</summary>
    public void DeleteOthers(params string?[] keep)
    {
        foreach (var dir in Directory.EnumerateDirectories(Root, Prefix + "*"))
        {
            if (keep.Any(k => k is not null && Path.GetFullPath(k) == Path.GetFullPath(dir))) continue;
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
