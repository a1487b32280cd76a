using Intranet.Media.Models;

namespace Intranet.Media.Services;

/// <summary>One image in the media library, with the articles that use it.</summary>
public sealed record MediaLibraryEntry(MediaItem Item, IReadOnlyList<MediaLibraryEntry.Use> UsedIn)
{
    public sealed record Use(int ArticleId, string Title, string Url);

    public bool IsUnused => UsedIn.Count == 0;
}
