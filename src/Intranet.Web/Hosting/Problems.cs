using Microsoft.AspNetCore.Mvc;

namespace Intranet.Web.Hosting;

/// <summary>Writes Norwegian problem+json for middleware-level failures (rate limits, auth, errors).</summary>
internal static class Problems
{
    public static async ValueTask Write(HttpContext context, int status, string title, string detail, CancellationToken ct = default)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail },
            options: null, contentType: "application/problem+json", cancellationToken: ct);
    }
}
