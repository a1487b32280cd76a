namespace Intranet.Corner.Models;

/// <summary>
/// A PDF attached to a corner post. The uploader's file name is kept for display and download only; the
/// stored file is named by <see cref="Id"/> (see ICornerAttachmentStore).
/// </summary>
public class CornerAttachment
{
    public Guid Id { get; set; }
    public int ArticleId { get; set; }
    public string FileName { get; set; } = "";
    public long Length { get; set; }
    /// <summary>Hex SHA-256 of the bytes, listed in the export so an archive can check the file.</summary>
    public string Sha256 { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}
