namespace Intranet.Newsletter.Models;

/// <summary>
/// A user's digest setting and the time their last digest was composed. "Not seen yet" means published after
/// <see cref="LastDigestAt"/>: we never record what people read (see the design's personal-data rule).
/// </summary>
public class DigestPreference
{
    public string UserId { get; set; } = "";
    public DigestFrequency Frequency { get; set; } = DigestFrequency.Weekly;
    public DateTimeOffset? LastDigestAt { get; set; }
}
