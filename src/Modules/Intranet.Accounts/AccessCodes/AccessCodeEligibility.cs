using Intranet.Core.Data;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.AccessCodes;

/// <summary>
/// Who may get an access code at all. A code replaces the person's password when it is redeemed, so a code for
/// someone with an account of their own would let the issuer take that account over. Only frontline staff qualify:
/// no single sign-on login, no role beyond Ansatt/Nyansatt, and either no password or one chosen through an
/// access code (a forgotten password of a person the access-code flow created can be replaced with a new code).
/// </summary>
public sealed class AccessCodeEligibility(IntranetDbContext db)
{
    private static readonly string[] FrontlineRoles = [Roles.Ansatt, Roles.Nyansatt];

    /// <summary>Why the person cannot get a code (a Norwegian message), or null when they can.</summary>
    public async Task<string?> RefusalAsync(string userId, CancellationToken ct = default) =>
        (await RefusalsAsync([userId], ct)).GetValueOrDefault(userId);

    /// <summary>The refusal for each listed person who cannot get a code; eligible people are left out.</summary>
    public async Task<Dictionary<string, string>> RefusalsAsync(IReadOnlyCollection<string> userIds, CancellationToken ct = default)
    {
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, HasPassword = u.PasswordHash != null }).ToListAsync(ct);
        var external = await db.UserLogins.Where(l => userIds.Contains(l.UserId)).Select(l => l.UserId).Distinct().ToListAsync(ct);
        var higher = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where userIds.Contains(ur.UserId) && !FrontlineRoles.Contains(r.Name!)
                            select ur.UserId).Distinct().ToListAsync(ct);
        var redeemed = await db.Set<AccessCode>().Where(c => userIds.Contains(c.UserId) && c.UsedAt != null)
            .Select(c => c.UserId).Distinct().ToListAsync(ct);

        var refusals = userIds.Except(people.Select(p => p.Id)).ToDictionary(id => id, _ => AccessCodeMessages.NoSuchPerson);
        foreach (var person in people)
        {
            if (higher.Contains(person.Id)) refusals[person.Id] = AccessCodeMessages.HigherRole;
            else if (external.Contains(person.Id)) refusals[person.Id] = AccessCodeMessages.ExternalLogin;
            else if (person.HasPassword && !redeemed.Contains(person.Id)) refusals[person.Id] = AccessCodeMessages.OwnPassword;
        }
        return refusals;
    }

    /// <summary>Defence in depth for the service: throws when the person cannot get or use a code.</summary>
    public async Task EnsureEligibleAsync(string userId, CancellationToken ct = default)
    {
        if (await RefusalAsync(userId, ct) is { } reason) throw new AccessCodeRefusedException(reason);
    }
}
