using System.Security.Cryptography;
using System.Text;
using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Newsletter.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Services;

/// <summary>
/// Personal feed tokens: 32 random bytes shown once to the user, stored only as a SHA-256 hash (a stolen database
/// does not give readable feed URLs). Creating a new one replaces (rotates) the old.
/// </summary>
public sealed class FeedTokens(IntranetDbContext db, IClock clock)
{
    public async Task<string> RotateAsync(string userId, CancellationToken ct = default)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var row = await db.Set<FeedToken>().FirstOrDefaultAsync(t => t.UserId == userId, ct);
        if (row is null) db.Add(row = new FeedToken { UserId = userId });
        row.TokenHash = Hash(token);
        row.CreatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return token;
    }

    public Task RevokeAsync(string userId, CancellationToken ct = default) =>
        db.Set<FeedToken>().Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);

    public Task<DateTimeOffset?> CreatedAtAsync(string userId, CancellationToken ct = default) =>
        db.Set<FeedToken>().Where(t => t.UserId == userId).Select(t => (DateTimeOffset?)t.CreatedAt).FirstOrDefaultAsync(ct);

    /// <summary>The user the token belongs to, or null.</summary>
    public async Task<string?> UserForAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = Hash(token);
        return await db.Set<FeedToken>().Where(t => t.TokenHash == hash).Select(t => t.UserId).FirstOrDefaultAsync(ct);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
