namespace Intranet.Corner.Models;

/// <summary>The bytes of an attachment when the database store is used (PostgreSQL: every node sees them).</summary>
public class CornerAttachmentFile
{
    public Guid AttachmentId { get; set; }
    public byte[] Content { get; set; } = [];
}
