namespace Intranet.Corner.Models;

/// <summary>A user the chief executive (or an administrator) lets write in the corner on their behalf.</summary>
public class CornerDelegate
{
    public string UserId { get; set; } = "";
    public string AddedBy { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
}
