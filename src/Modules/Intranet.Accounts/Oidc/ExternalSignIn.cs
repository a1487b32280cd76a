using Intranet.Core.Localization;
using Intranet.Core.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Accounts.Oidc;

/// <summary>
/// Finishes single sign-on: reads the external cookie the OpenID Connect handler wrote, syncs the local user,
/// and starts the intranet session (keeping the provider's id_token for a later provider sign-out).
/// </summary>
public sealed class ExternalSignIn(SignInManager<IntranetUser> signIn, ExternalAccountSync sync, OidcSettings settings)
{
    public const string IdTokenName = "id_token";

    /// <summary>The signed-in user, or null when there was no usable external sign-in.</summary>
    public async Task<IntranetUser?> CompleteAsync(HttpContext http)
    {
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is null) return null;
        var identity = ExternalIdentity.From(external.Principal, settings);
        if (identity is null) return null;
        var user = await sync.SyncAsync(identity, http.RequestAborted);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        if (await signIn.UserManager.IsLockedOutAsync(user)) return null;

        var properties = new AuthenticationProperties { IsPersistent = false };
        if (external.Properties?.GetTokenValue(IdTokenName) is { } idToken)
            properties.StoreTokens([new AuthenticationToken { Name = IdTokenName, Value = idToken }]);
        await signIn.SignInAsync(user, properties, OidcSettings.Scheme);
        CultureCookie.Write(http, user.Culture);
        return user;
    }
}
