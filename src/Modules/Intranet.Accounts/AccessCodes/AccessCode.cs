namespace Intranet.Accounts.AccessCodes;

/// <summary>
/// A one-time sign-in code a unit leader gives a person without an office account. Only a hash is stored;
/// the code is shown once, on a printable card. It expires unused after <see cref="AccessCodeService.Lifetime"/>.
/// </summary>
public class AccessCode
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string CodeHash { get; set; } = "";
    public string IssuedById { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsPending(DateTimeOffset now) => UsedAt is null && RevokedAt is null && ExpiresAt > now;
}
