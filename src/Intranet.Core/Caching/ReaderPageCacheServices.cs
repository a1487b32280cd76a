using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Caching;

/// <summary>
/// Registers the output cache and the reader-page policies (the host adds UseOutputCache after authorization),
/// the signed-in page store and the per-reader-context data cache.
/// </summary>
public static class ReaderPageCacheServices
{
    public const long SizeLimitBytes = 64L * 1024 * 1024;
    public const long MaximumBodyBytes = 1024L * 1024;

    public static IServiceCollection AddReaderPageCache(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<ReaderContextCache>();
        services.AddSingleton<SignedInPageStore>();
        return services.AddOutputCache(o =>
        {
            // Bounded: reader pages are ~5–15 KB, so 64 MB holds thousands of them; one unusually large page is
            // rendered each time instead of taking a big share of the cache (the framework default is 64 MB per body).
            o.SizeLimit = SizeLimitBytes;
            o.MaximumBodySize = MaximumBodyBytes;
            o.AddPolicy(ReaderPageCache.Anonymous, new ReaderPagePolicy());
            // The signed-in half of this policy is SignedInPageCache, which finds the policy name on the endpoint.
            o.AddPolicy(ReaderPageCache.PerSession, new ReaderPagePolicy());
        });
    }

    /// <summary>
    /// The per-session cache of signed-in pages (<see cref="SignedInPageCache"/>): put before localization, routing
    /// and authentication, after the middleware that set headers on every response.
    /// </summary>
    public static IApplicationBuilder UseSignedInPageCache(this IApplicationBuilder app) => app.UseMiddleware<SignedInPageCache>();

    /// <summary>The page-version cookie (<see cref="PageVersionCookie"/>): put right after UseAuthentication.</summary>
    public static IApplicationBuilder UsePageVersionCookie(this IApplicationBuilder app) => app.UseMiddleware<PageVersionCookie>();
}
