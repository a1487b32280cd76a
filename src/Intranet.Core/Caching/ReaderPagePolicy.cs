using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Intranet.Core.Cluster;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Intranet.Core.Caching;

/// <summary>
/// Output caching of reader pages for anonymous readers: the key holds a hash of the whole Cookie header (the
/// antiforgery and culture cookies), bearer-token and signed-in requests are never cached here (signed-in pages of
/// <see cref="ReaderPageCache.PerSession"/> are kept per session by <see cref="SignedInPageCache"/>), and a response
/// that sets a cookie or is not a plain 200 is never stored. Entries are tagged "content" for cluster-wide eviction.
/// </summary>
public sealed class ReaderPagePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        var allowed = IsGetOrHead(http.Request) && !http.Request.Headers.ContainsKey(HeaderNames.Authorization) && !signedIn;
        context.EnableOutputCaching = allowed;
        context.AllowCacheLookup = allowed;
        context.AllowCacheStorage = allowed;
        context.AllowLocking = allowed;
        if (!allowed) return ValueTask.CompletedTask;
        context.Tags.Add(ContentCacheExtensions.OutputCacheTag);
        context.ResponseExpirationTimeSpan = ReaderPageCache.AnonymousDuration;
        var vary = context.CacheVaryByRules;
        vary.QueryKeys = "*";
        vary.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        vary.VaryByValues["session"] = SessionKey(http.Request);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A Set-Cookie (a new antiforgery cookie, the culture cookie, a renewed session) belongs to one browser only.
        if (response.Headers.ContainsKey(HeaderNames.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static bool IsGetOrHead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    /// <summary>Requests without cookies share one key; any cookie difference is a different entry.</summary>
    private static string SessionKey(HttpRequest request)
    {
        var cookies = request.Headers.Cookie.ToString();
        if (cookies.Length == 0) return "-";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cookies)));
    }
}
