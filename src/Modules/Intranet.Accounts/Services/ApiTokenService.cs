using System.Security.Cryptography;
using System.Text;
using Intranet.Accounts.Models;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Services;

/// <summary>Issues, validates and revokes bearer tokens. Tokens are random; only their hash is stored.</summary>
public sealed class ApiTokenService(IntranetDbContext db, IClock clock)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    public async Task<(string Token, ApiToken Record)> IssueAsync(IntranetUser user, string name, TimeSpan? lifetime = null, bool readOnly = false, CancellationToken ct = default)
    {
        var token = "itk_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var record = new ApiToken
        {
            UserId = user.Id,
            TokenHash = Hash(token),
            Name = name,
            CreatedAt = clock.UtcNow,
            ExpiresAt = clock.UtcNow + (lifetime ?? DefaultLifetime),
            ReadOnly = readOnly,
            SecurityStamp = user.SecurityStamp ?? "",
        };
        db.Set<ApiToken>().Add(record);
        await db.SaveChangesAsync(ct);
        return (token, record);
    }

    /// <summary>The token's user when it is known, unexpired, unrevoked and issued under the current security stamp.</summary>
    public async Task<(IntranetUser User, ApiToken Token)?> ValidateAsync(string token, CancellationToken ct = default)
    {
        if (token.Length is < 10 or > 200) return null;
        var hash = Hash(token);
        var record = await db.Set<ApiToken>().AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (record is null || record.RevokedAt is not null || record.ExpiresAt <= clock.UtcNow) return null;
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == record.UserId, ct);
        if (user is null || (user.SecurityStamp ?? "") != record.SecurityStamp) return null;
        if (user.LockoutEnd is { } end && end > clock.UtcNow) return null;
        return (user, record);
    }

    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken ct = default)
    {
        var record = await db.Set<ApiToken>().FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (record is null) return false;
        record.RevokedAt ??= clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task RevokeAllAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        foreach (var t in await db.Set<ApiToken>().Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(ct))
            t.RevokedAt = now;
        await db.SaveChangesAsync(ct);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
