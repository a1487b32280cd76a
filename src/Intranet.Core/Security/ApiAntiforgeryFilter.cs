using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Security;

/// <summary>
/// A browser's cookie is sent on cross-site requests too, so an unsafe API request (POST, PUT, PATCH, DELETE)
/// authenticated by the cookie must prove it came from our own pages with an antiforgery token
/// (header X-CSRF-TOKEN or form field). Bearer-token and anonymous callers carry no ambient credentials,
/// so they are not checked.
/// </summary>
public sealed class ApiAntiforgeryFilter : IEndpointFilter
{
    public const string Title = "Mangler gyldig sikkerhetsnøkkel";
    public const string Detail = "Forespørselen kom fra en nettleserøkt uten gyldig antiforgery-token (X-CSRF-TOKEN). Last siden på nytt og prøv igjen.";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!NeedsToken(http)) return await next(context);
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (CarriesToken(http.Request) && await antiforgery.IsRequestValidAsync(http)) return await next(context);
        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: Title, detail: Detail);
    }

    /// <summary>True for an unsafe method from a signed-in browser session (no bearer header).</summary>
    public static bool NeedsToken(HttpContext http) =>
        IsUnsafe(http.Request.Method)
        && http.User.Identity?.IsAuthenticated == true
        && !HasBearer(http.Request);

    /// <summary>
    /// The token may come in the header, or as a field of a url-encoded form. A multipart body without the
    /// header is refused unread, so a large upload is never buffered just to look for a token.
    /// </summary>
    private static bool CarriesToken(HttpRequest request) =>
        !string.IsNullOrEmpty(request.Headers["X-CSRF-TOKEN"])
        || request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsUnsafe(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
