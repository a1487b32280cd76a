namespace Intranet.Media.Models;

/// <summary>One uploaded image: its cleaned original and named sizes live in the media store under <see cref="Id"/>.</summary>
public class MediaItem
{
    public Guid Id { get; set; }
    public string Alt { get; set; } = "";
    /// <summary>The uploader's file name, sanitized, for display only: it never becomes a path.</summary>
    public string OriginalFileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    /// <summary>Size of the cleaned original in bytes.</summary>
    public long Bytes { get; set; }
    public string? UploadedById { get; set; }
    public string UploadedByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Short content hash of the cleaned original: the cache-busting version in every URL.</summary>
    public string Hash { get; set; } = "";
    public List<MediaUsage> Usages { get; set; } = [];

    public string Url(string size) => MediaUrls.For(Id, size, Hash);
}
