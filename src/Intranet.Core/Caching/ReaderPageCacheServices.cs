using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Caching;

/// <summary>
/// Registers the output cache and the reader-page policies (the host adds UseOutputCache after authorization),
/// and the per-reader-context data cache.
/// </summary>
public static class ReaderPageCacheServices
{
    public static IServiceCollection AddReaderPageCache(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<ReaderContextCache>();
        return services.AddOutputCache(o =>
        {
            o.SizeLimit = 64L * 1024 * 1024;
            o.AddPolicy(ReaderPageCache.Anonymous, new ReaderPagePolicy(cacheSignedIn: false));
            o.AddPolicy(ReaderPageCache.PerSession, new ReaderPagePolicy(cacheSignedIn: true));
        });
    }

    /// <summary>The page-version cookie (<see cref="PageVersionCookie"/>): put right after UseAuthentication.</summary>
    public static IApplicationBuilder UsePageVersionCookie(this IApplicationBuilder app) => app.UseMiddleware<PageVersionCookie>();
}
