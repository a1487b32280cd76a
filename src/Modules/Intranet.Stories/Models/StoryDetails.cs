namespace Intranet.Stories.Models;

/// <summary>
/// The story-specific part of an <see cref="Core.Models.Article"/> of kind "story": the consent record
/// (shown to reviewers only), whether comments are open, and whether communications staff feature it.
/// </summary>
public class StoryDetails
{
    public int ArticleId { get; set; }
    /// <summary>The story names or shows citizens, patients, pupils or colleagues.</summary>
    public bool NamesPeople { get; set; }
    /// <summary>Who consented and how (free text, e.g. "Bruker Ola N. ga muntlig samtykke til meg").</summary>
    public string? ConsentStatement { get; set; }
    public DateTimeOffset? ConsentObtainedAt { get; set; }
    public DateTimeOffset? ConsentRecordedAt { get; set; }
    public string? ConsentRecordedBy { get; set; }
    public bool CommentsClosed { get; set; }
    public bool Featured { get; set; }
    /// <summary>Media ids the author attached (the Media module owns the images); comma separated.</summary>
    public string ImageIds { get; set; } = "";

    public bool HasConsent => !string.IsNullOrWhiteSpace(ConsentStatement);
}
