namespace Intranet.Accounts.Models;

/// <summary>A bearer token. Only its SHA-256 hash is stored; the token itself is shown once.</summary>
public class ApiToken
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public bool ReadOnly { get; set; }
    /// <summary>The user's security stamp when issued: a password or role change invalidates the token.</summary>
    public string SecurityStamp { get; set; } = "";
}
