namespace Intranet.Corner.Services.Attachments;

/// <summary>
/// Where attachment bytes live. Keyed by the attachment id only, so a file name someone uploads never
/// reaches a path. File system by default; the database with PostgreSQL, so every web node serves every file.
/// </summary>
public interface ICornerAttachmentStore
{
    Task SaveAsync(Guid id, byte[] content, CancellationToken ct = default);

    /// <summary>The stored file, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(Guid id, CancellationToken ct = default);

    /// <summary>Deletes the stored file; nothing happens when it is already gone.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
