using Intranet.Accounts.Services;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.AccessCodes;

/// <summary>
/// Issues, checks, redeems and revokes access codes. Which members a leader manages is decided by
/// <see cref="AccessCodeScope"/> before these are called; who may have a code at all is checked here, at issue and
/// again at redemption (<see cref="AccessCodeEligibility"/>), because redeeming replaces the password.
/// </summary>
public sealed class AccessCodeService(IntranetDbContext db, UserManager<IntranetUser> users, AccessCodeEligibility eligibility, IClock clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>
    /// A new code for the person; any code they have not used yet stops working. Throws
    /// <see cref="AccessCodeRefusedException"/> for a person with an account of their own.
    /// </summary>
    public async Task<(string Code, AccessCode Record)> IssueAsync(string userId, string issuedById, CancellationToken ct = default)
    {
        await eligibility.EnsureEligibleAsync(userId, ct);
        var now = clock.UtcNow;
        foreach (var old in await db.Set<AccessCode>().Where(c => c.UserId == userId && c.UsedAt == null && c.RevokedAt == null).ToListAsync(ct))
            old.RevokedAt = now;
        var code = AccessCodeFormat.NewCode();
        var record = new AccessCode
        {
            UserId = userId, CodeHash = AccessCodeFormat.Hash(userId, code), IssuedById = issuedById,
            CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        db.Set<AccessCode>().Add(record);
        await db.SaveChangesAsync(ct);
        return (code, record);
    }

    /// <summary>Checks a typed username and code. A wrong code counts toward the account's lockout.</summary>
    public async Task<AccessCodeCheck> CheckAsync(string? userName, string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(code) || userName.Length > 256 || code.Length > 64)
            return new(AccessCodeOutcome.Missing);
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null) return new(AccessCodeOutcome.Wrong);
        if (await users.IsLockedOutAsync(user)) return new(AccessCodeOutcome.LockedOut);
        var codes = await db.Set<AccessCode>().Where(c => c.UserId == user.Id).OrderByDescending(c => c.CreatedAt).ToListAsync(ct);
        var match = codes.FirstOrDefault(c => AccessCodeFormat.Matches(c.CodeHash, user.Id, code));
        if (match is null)
        {
            await users.AccessFailedAsync(user);
            return new(await users.IsLockedOutAsync(user) ? AccessCodeOutcome.LockedOut : AccessCodeOutcome.Wrong);
        }
        if (match.RevokedAt is not null) return new(AccessCodeOutcome.Revoked);
        if (match.UsedAt is not null) return new(AccessCodeOutcome.Used);
        if (match.ExpiresAt <= clock.UtcNow) return new(AccessCodeOutcome.Expired);
        if (await eligibility.RefusalAsync(user.Id, ct) is not null) return new(AccessCodeOutcome.NotForThisAccount);
        return new(AccessCodeOutcome.Valid, user, match);
    }

    /// <summary>
    /// The person's chosen password replaces any earlier one and the code is spent. The new security stamp ends
    /// any other session the account had.
    /// </summary>
    public async Task<IntranetUser> RedeemAsync(AccessCodeCheck check, string password, CancellationToken ct = default)
    {
        if (!check.Valid) throw new InvalidOperationException("Only a valid code can be redeemed.");
        var user = check.User!;
        await eligibility.EnsureEligibleAsync(user.Id, ct);
        foreach (var error in users.PasswordValidators.Select(v => v.ValidateAsync(users, user, password)))
            ThrowForPassword(await error);
        if (await users.HasPasswordAsync(user)) IdentityFailures.ThrowIfFailed(await users.RemovePasswordAsync(user));
        ThrowForPassword(await users.AddPasswordAsync(user, password));
        await users.ResetAccessFailedCountAsync(user);
        var record = await db.Set<AccessCode>().FirstAsync(c => c.Id == check.Code!.Id, ct);
        record.UsedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return user;
    }

    public async Task<bool> RevokeAsync(int codeId, IReadOnlyCollection<string> manageableUserIds, CancellationToken ct = default)
    {
        var record = await db.Set<AccessCode>().FirstOrDefaultAsync(c => c.Id == codeId, ct);
        if (record is null || !manageableUserIds.Contains(record.UserId) || record.UsedAt is not null) return false;
        record.RevokedAt ??= clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The newest code of each listed person (pending, used, revoked or expired).</summary>
    public async Task<Dictionary<string, AccessCode>> LatestAsync(IReadOnlyCollection<string> userIds, CancellationToken ct = default)
    {
        var codes = await db.Set<AccessCode>().AsNoTracking().Where(c => userIds.Contains(c.UserId)).ToListAsync(ct);
        return codes.GroupBy(c => c.UserId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).First());
    }

    private static void ThrowForPassword(IdentityResult result)
    {
        if (result.Succeeded) return;
        var errors = new ValidationErrors();
        foreach (var error in result.Errors) errors.Add("NewPassword", error.Description);
        errors.ThrowIfAny();
    }
}
