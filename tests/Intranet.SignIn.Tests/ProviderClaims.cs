using System.Collections.Immutable;
using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Intranet.SignIn.Tests;

/// <summary>The claims the test provider puts in the id_token, shaped like Entra ID's (oid, groups, a unit claim).</summary>
internal static class ProviderClaims
{
    public static ClaimsPrincipal For(ProviderUser user, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity("provider", Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, "sub-" + user.ObjectId);
        identity.SetClaim("oid", user.ObjectId);
        identity.SetClaim(Claims.Name, user.Name);
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        if (user.Email is not null) identity.SetClaim(Claims.Email, user.Email);
        identity.SetClaims("groups", [.. user.Groups]);
        if (user.Department is not null) identity.SetClaim("department", user.Department);
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
