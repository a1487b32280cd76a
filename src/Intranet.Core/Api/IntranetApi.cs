using Intranet.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Core.Api;

/// <summary>
/// The standard way for a module to expose JSON endpoints: <c>endpoints.MapIntranetApi("/api/stories")</c>.
/// The group checks antiforgery for cookie-authenticated unsafe requests and is marked so a test can
/// find any /api endpoint mapped without it.
/// </summary>
public static class IntranetApi
{
    public static RouteGroupBuilder MapIntranetApi(this IEndpointRouteBuilder endpoints, string prefix)
    {
        if (!prefix.StartsWith("/api", StringComparison.Ordinal))
            throw new ArgumentException("API groups live under /api.", nameof(prefix));
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter<ApiAntiforgeryFilter>();
        group.WithMetadata(ApiAntiforgeryMetadata.Instance);
        return group;
    }
}
