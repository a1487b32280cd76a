using System.Security.Claims;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Intranet.Accounts.Services;

/// <summary>Puts the user's unit, display name and language into the session so pages need no extra lookups.</summary>
public sealed class IntranetClaimsFactory(UserManager<IntranetUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<IntranetUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IntranetUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimsPrincipalExtensions.DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(ClaimsPrincipalExtensions.CultureClaim, user.Culture));
        if (user.UnitId is int unit) identity.AddClaim(new Claim(ClaimsPrincipalExtensions.UnitClaim, unit.ToString()));
        return identity;
    }
}
