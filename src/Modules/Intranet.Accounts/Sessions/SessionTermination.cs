using Intranet.Accounts.Services;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Accounts.Sessions;

/// <summary>
/// Ends a person's sessions and tokens by renewing their security stamp: every cookie and bearer token carries
/// the stamp it was issued under, and one that no longer matches is refused.
/// </summary>
public sealed class SessionTermination(UserManager<IntranetUser> users, SignInManager<IntranetUser> signIn)
{
    /// <summary>"Sign out everywhere": all sessions, this one included, and all tokens.</summary>
    public async Task EverywhereAsync(IntranetUser user)
    {
        IdentityFailures.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        await signIn.SignOutAsync();
    }

    /// <summary>
    /// Changes the password (Identity renews the stamp, ending the other sessions and all tokens) and keeps the
    /// current session alive by re-issuing its cookie under the new stamp.
    /// </summary>
    public async Task ChangePasswordAsync(IntranetUser user, string current, string next)
    {
        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            var errors = new ValidationErrors();
            foreach (var e in result.Errors)
                errors.Add(e.Code == "PasswordMismatch" ? "CurrentPassword" : "NewPassword",
                    e.Code == "PasswordMismatch" ? "Det nåværende passordet er feil." : e.Description);
            errors.ThrowIfAny();
        }
        await signIn.RefreshSignInAsync(user);
    }
}
