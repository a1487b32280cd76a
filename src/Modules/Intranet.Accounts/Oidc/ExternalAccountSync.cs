using Intranet.Accounts.Services;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Oidc;

/// <summary>
/// Creates or finds the local user for a provider identity (by issuer + subject in AspNetUserLogins, never by
/// e-mail), and makes their name, roles and unit follow the provider on every sign-in. A role change renews the
/// security stamp, which ends the person's other sessions and tokens.
/// </summary>
public sealed class ExternalAccountSync(UserManager<IntranetUser> users, IntranetDbContext db, OidcSettings settings, IClock clock)
{
    public async Task<IntranetUser> SyncAsync(ExternalIdentity identity, CancellationToken ct = default)
    {
        var user = await users.FindByLoginAsync(identity.Issuer, identity.Subject);
        var isNew = user is null;
        user ??= await CreateAsync(identity);
        user.DisplayName = identity.DisplayName.Trim();
        if (await UnitIdAsync(identity, ct) is int unitId) user.UnitId = unitId;
        IdentityFailures.ThrowIfFailed(await users.UpdateAsync(user));
        var rolesChanged = await SetRolesAsync(user, identity.Roles(settings));
        if (rolesChanged && !isNew) IdentityFailures.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        return user;
    }

    private async Task<IntranetUser> CreateAsync(ExternalIdentity identity)
    {
        // No password: the person signs in at the provider. The username only has to be unique and readable.
        var user = new IntranetUser
        {
            UserName = await FreeUserNameAsync(identity.UserName),
            DisplayName = identity.DisplayName.Trim(),
            CreatedAt = clock.UtcNow,
        };
        IdentityFailures.ThrowIfFailed(await users.CreateAsync(user));
        IdentityFailures.ThrowIfFailed(await users.AddLoginAsync(user, new UserLoginInfo(identity.Issuer, identity.Subject, settings.DisplayName)));
        return user;
    }

    private async Task<string> FreeUserNameAsync(string wanted)
    {
        var allowed = users.Options.User.AllowedUserNameCharacters;
        var clean = new string(wanted.Trim().ToLowerInvariant().Where(allowed.Contains).ToArray());
        if (clean.Length == 0) clean = "bruker";
        if (clean.Length > 200) clean = clean[..200];
        var candidate = clean;
        for (var n = 2; await users.FindByNameAsync(candidate) is not null; n++) candidate = $"{clean}-{n}";
        return candidate;
    }

    /// <summary>True when the roles were changed.</summary>
    private async Task<bool> SetRolesAsync(IntranetUser user, IReadOnlyList<string> wanted)
    {
        var current = await users.GetRolesAsync(user);
        var remove = current.Except(wanted).ToList();
        var add = wanted.Except(current).ToList();
        if (remove.Count > 0) IdentityFailures.ThrowIfFailed(await users.RemoveFromRolesAsync(user, remove));
        if (add.Count > 0) IdentityFailures.ThrowIfFailed(await users.AddToRolesAsync(user, add));
        return remove.Count + add.Count > 0;
    }

    private async Task<int?> UnitIdAsync(ExternalIdentity identity, CancellationToken ct)
    {
        var slug = identity.UnitSlug(settings);
        if (slug is null) return null;
        return await db.Units.Where(u => u.Slug == slug).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
    }
}
