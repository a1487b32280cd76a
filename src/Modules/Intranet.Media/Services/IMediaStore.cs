namespace Intranet.Media.Services;

/// <summary>
/// Where the cleaned image files live. Keys are the media id and a named size only, so nothing a user
/// sends (a file name, a path) ever reaches the storage layer.
/// </summary>
public interface IMediaStore
{
    Task SaveAsync(Guid id, string size, byte[] content, CancellationToken ct = default);

    /// <summary>The stored rendition, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(Guid id, string size, CancellationToken ct = default);

    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
