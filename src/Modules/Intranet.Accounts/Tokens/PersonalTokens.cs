using Intranet.Accounts.Models;
using Intranet.Accounts.Services;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Tokens;

/// <summary>
/// Personal API tokens a person makes for integrations in their profile: named, read-only or read-write, with a
/// lifetime chosen from a short list. They end like every token: on revoke, expiry, or a new security stamp.
/// </summary>
public sealed class PersonalTokens(ApiTokenService tokens, IntranetDbContext db, IClock clock)
{
    public static readonly IReadOnlyList<int> LifetimeDays = [7, 30, 90, 365];

    public async Task<(string Token, ApiToken Record)> CreateAsync(IntranetUser user, string? name, string? access, int days, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(name)) errors.Add("Name", "Gi tokenet et navn, så du kjenner det igjen.");
        else if (name.Trim().Length > 100) errors.Add("Name", "Navnet kan være høyst 100 tegn.");
        if (access is not ("read" or "write")) errors.Add("Access", "Velg om tokenet bare kan lese eller også endre.");
        if (!LifetimeDays.Contains(days)) errors.Add("Days", "Velg hvor lenge tokenet skal virke.");
        errors.ThrowIfAny();
        return await tokens.IssueAsync(user, name!.Trim(), TimeSpan.FromDays(days), readOnly: access == "read", ct);
    }

    /// <summary>The person's tokens that still work (unrevoked, unexpired, issued under the current stamp).</summary>
    public async Task<List<ApiToken>> ActiveAsync(IntranetUser user, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var stamp = user.SecurityStamp ?? "";
        var list = await db.Set<ApiToken>().AsNoTracking()
            .Where(t => t.UserId == user.Id && t.RevokedAt == null && t.SecurityStamp == stamp).ToListAsync(ct);
        // Filtered in memory: DateTimeOffset comparisons are not translated on every provider.
        return list.Where(t => t.ExpiresAt > now).OrderByDescending(t => t.CreatedAt).ToList();
    }

    public Task<bool> RevokeAsync(IntranetUser user, int tokenId, CancellationToken ct = default) =>
        tokens.RevokeAsync(user.Id, tokenId, ct);
}
