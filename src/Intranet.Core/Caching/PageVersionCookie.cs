using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using HeaderNames = Microsoft.Net.Http.Headers.HeaderNames;

namespace Intranet.Core.Caching;

/// <summary>
/// After a successful unsafe request (POST, PUT, PATCH, DELETE) by a cookie-signed-in browser, the response sets a
/// fresh random "page version" cookie. The browser's Cookie header is then different, and the per-session output
/// cache (<see cref="ReaderPagePolicy"/>, keyed by a hash of the whole Cookie header) misses on every page of that
/// session on every node: what the reader just did (a must-read confirmation, a pulse answer, a checklist tick, a
/// notification read) shows at once, without any cluster messaging. Runs after authentication, before the
/// endpoints, so it covers Razor Page forms and minimal-API calls made with the cookie and the antiforgery header.
/// </summary>
public sealed class PageVersionCookie(RequestDelegate next)
{
    public const string CookieName = "intranett.v";

    public Task InvokeAsync(HttpContext context)
    {
        if (IsUnsafe(context.Request.Method) && SignedInWithCookie(context))
            context.Response.OnStarting(static state => SetIfSucceeded((HttpContext)state), context);
        return next(context);
    }

    private static Task SetIfSucceeded(HttpContext context)
    {
        // A refused or failed request changed nothing, so the cached pages are still right.
        if (context.Response.StatusCode < 400)
            context.Response.Cookies.Append(CookieName, Convert.ToHexString(RandomNumberGenerator.GetBytes(8)), new CookieOptions
            {
                HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, Path = "/",
            });
        return Task.CompletedTask;
    }

    private static bool IsUnsafe(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    /// <summary>Bearer requests are never output-cached, so only a browser session needs a new version.</summary>
    private static bool SignedInWithCookie(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && !context.Request.Headers.ContainsKey(HeaderNames.Authorization);
}
