using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Accounts.Services;

/// <summary>
/// An administrator locks or unlocks an account. Locking also renews the security stamp, which ends the
/// user's browser sessions and invalidates their bearer tokens.
/// </summary>
public sealed class UserLockout(UserManager<IntranetUser> users, IClock clock)
{
    public async Task LockAsync(string userId, string? actorId)
    {
        if (userId == actorId) throw ValidationFailedException.For("", "Du kan ikke låse din egen konto.");
        var user = await FindAsync(userId);
        await users.SetLockoutEnabledAsync(user, true);
        // Far in the future rather than DateTimeOffset.MaxValue, which does not survive every provider's storage.
        IdentityFailures.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, clock.UtcNow.AddYears(100)));
        IdentityFailures.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }

    public async Task UnlockAsync(string userId)
    {
        var user = await FindAsync(userId);
        IdentityFailures.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null));
        IdentityFailures.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user));
    }

    public bool IsLocked(IntranetUser user) => user.LockoutEnd is { } end && end > clock.UtcNow;

    private async Task<IntranetUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw ValidationFailedException.For("", "Brukeren finnes ikke.");
}
