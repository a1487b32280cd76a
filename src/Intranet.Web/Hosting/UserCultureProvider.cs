using Intranet.Core.Localization;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Localization;

namespace Intranet.Web.Hosting;

/// <summary>A signed-in user's saved language choice (carried as a claim in their session).</summary>
internal sealed class UserCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = httpContext.User.FindFirst(ClaimsPrincipalExtensions.CultureClaim)?.Value;
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(Cultures.Normalize(culture)));
    }
}
