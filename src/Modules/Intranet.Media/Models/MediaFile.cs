namespace Intranet.Media.Models;

/// <summary>One stored rendition (a named size) of a media item, for the database store.</summary>
public class MediaFile
{
    public Guid MediaId { get; set; }
    public string Size { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
