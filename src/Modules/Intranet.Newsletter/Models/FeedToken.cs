namespace Intranet.Newsletter.Models;

/// <summary>A user's personal news-feed token. Only its SHA-256 hash is stored; rotating replaces it.</summary>
public class FeedToken
{
    public string UserId { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
