using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Intranet.Stories.Api;

/// <summary>
/// Antiforgery for cookie-authenticated unsafe API calls (the browser sends the token in X-CSRF-TOKEN);
/// bearer-token callers cannot be forged by another site, so they skip the check.
/// </summary>
internal sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !await antiforgery.IsRequestValidAsync(http))
            return Results.Problem(statusCode: 400, title: "Ugyldig forespørsel",
                detail: "Skjemanøkkelen mangler eller er utløpt. Last siden på nytt og prøv igjen.");
        return await next(context);
    }
}
