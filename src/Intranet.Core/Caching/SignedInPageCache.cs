using Intranet.Core.Cluster;
using Intranet.Core.Time;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Intranet.Core.Caching;

/// <summary>
/// The per-session cache of signed-in reader pages (<see cref="ReaderPageCache.PerSession"/>), placed before
/// localization, routing and authentication so that a repeat view costs one dictionary lookup instead of cookie
/// parsing, ticket decryption and the output cache's machinery. Safe by construction:
/// <list type="bullet">
/// <item>the key holds the scheme, host, path, query and the whole Cookie header (the session, antiforgery, culture
/// and page-version cookies), compared in full, so a page only ever goes back to the browser session it was rendered
/// for, and the reader's own changes (a new page-version cookie) miss at once;</item>
/// <item>only a plain 200 for a signed-in cookie session without a Set-Cookie is kept, never a bearer request;</item>
/// <item>a page is served at most <see cref="ReaderPageCache.SignedInDuration"/>, never after a content change on
/// any node, and never once the session's security stamp would be due for a check: a password or role change, a
/// lock or "sign out everywhere" ends the session exactly as soon as without this cache (immediately with a check
/// interval of 0, which turns this cache off).</item>
/// </list>
/// </summary>
public sealed class SignedInPageCache(RequestDelegate next, SignedInPageStore store, IClusterEvents events, IClock clock,
    IOptionsMonitor<SecurityStampValidatorOptions> stampOptions)
{
    private const int MaxBodyBytes = (int)ReaderPageCacheServices.MaximumBodyBytes;

    public Task InvokeAsync(HttpContext context)
    {
        var key = KeyFor(context.Request);
        if (key is null) return next(context);
        var page = store.Find(key);
        return page is not null ? ServeAsync(context.Response, page) : RenderAndKeepAsync(context, key);
    }

    private async Task RenderAndKeepAsync(HttpContext context, string key)
    {
        var content = events.ContentChangeToken;
        var body = context.Response.Body;
        var capture = new CapturingBodyStream(body, MaxBodyBytes, () => SignedInAndOptedIn(context));
        // As the framework's output cache does: swap the stream and never complete it here, so a response nobody
        // wrote to (a 404 for the status-code pages to fill in) is not started on its way out.
        context.Response.Body = capture;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }
        if (Keepable(context, capture) is { } until)
            store.Keep(key, new SignedInPage(capture.Captured, KeptHeaders(context.Response.Headers), clock.UtcNow, until, content));
    }

    private async Task ServeAsync(HttpResponse response, SignedInPage page)
    {
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers) response.Headers[name] = value;
        response.Headers.Age = ((long)Math.Max(0, (clock.UtcNow - page.StoredAt).TotalSeconds)).ToString();
        response.ContentLength = page.Body.Length;
        await response.Body.WriteAsync(page.Body);
    }

    /// <summary>Until when the rendered page may be served again, or null if it must not be kept.</summary>
    private DateTimeOffset? Keepable(HttpContext context, CapturingBodyStream capture)
    {
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || capture.Overflowed || context.RequestAborted.IsCancellationRequested) return null;
        if (!SignedInAndOptedIn(context)) return null;
        var ticket = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties;
        if (ticket?.IssuedUtc is not { } issued) return null;
        // The cookie handler's times are on the stamp validator's clock; the store's on IClock (tests move it).
        var stamp = stampOptions.CurrentValue;
        var sessionNow = (stamp.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var left = ReaderPageCache.SignedInDuration;
        var untilStampCheck = issued + stamp.ValidationInterval - sessionNow;
        if (untilStampCheck < left) left = untilStampCheck;
        if (ticket.ExpiresUtc is { } expires && expires - sessionNow < left) left = expires - sessionNow;
        return left > TimeSpan.Zero ? clock.UtcNow + left : null;
    }

    private static bool SignedInAndOptedIn(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == ReaderPageCache.PerSession;

    /// <summary>GETs of a browser with cookies and no bearer token; everything else passes straight through.</summary>
    private static string? KeyFor(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || request.Headers.ContainsKey(HeaderNames.Authorization)) return null;
        var cookies = request.Headers.Cookie;
        if (cookies.Count != 1 || string.IsNullOrEmpty(cookies[0])) return null;
        return string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value,
            request.QueryString.Value, "\n", cookies[0]);
    }

    /// <summary>What the renderer set, without what belongs to one transmission (the server sets those anew).</summary>
    private static KeyValuePair<string, StringValues>[] KeptHeaders(IHeaderDictionary headers) =>
        headers.Where(h => !TransmissionHeaders.Contains(h.Key)).ToArray();

    private static readonly HashSet<string> TransmissionHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.SetCookie, HeaderNames.Age, HeaderNames.Connection,
    };
}
