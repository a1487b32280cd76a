using Intranet.Accounts.Services;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Accounts.AccessCodes;

/// <summary>
/// A unit leader adds a person who has no office account (care, kitchens, cleaning) to their unit: an
/// employee without a password, who gets one through an access code.
/// </summary>
public sealed class UnitMemberCreation(UserManager<IntranetUser> users, IClock clock)
{
    public const string NameField = "NewDisplayName";
    public const string UserNameField = "NewUserName";

    public async Task<IntranetUser> CreateAsync(int unitId, string? displayName, string? userName)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(displayName)) errors.Add(NameField, "Skriv navnet til personen.");
        else if (displayName.Trim().Length > 100) errors.Add(NameField, "Navnet kan være høyst 100 tegn.");
        var allowed = users.Options.User.AllowedUserNameCharacters;
        if (string.IsNullOrWhiteSpace(userName)) errors.Add(UserNameField, "Skriv et brukernavn.");
        else if (userName.Trim().Length > 64 || !userName.Trim().All(allowed.Contains))
            errors.Add(UserNameField, "Brukernavnet kan bare ha bokstaver a–z, tall og tegnene . - _ @ (høyst 64 tegn).");
        else if (await users.FindByNameAsync(userName.Trim()) is not null)
            errors.Add(UserNameField, "Brukernavnet er allerede i bruk.");
        errors.ThrowIfAny();

        var user = new IntranetUser
        {
            UserName = userName!.Trim(), DisplayName = displayName!.Trim(), UnitId = unitId, CreatedAt = clock.UtcNow,
        };
        IdentityFailures.ThrowIfFailed(await users.CreateAsync(user));
        IdentityFailures.ThrowIfFailed(await users.AddToRoleAsync(user, Roles.Ansatt));
        return user;
    }
}
