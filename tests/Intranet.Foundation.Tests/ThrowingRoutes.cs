using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Intranet.Foundation.Tests;

/// <summary>
/// Test-only: two addresses that throw, for a page and for the API. Added after the host's own pipeline, so a
/// request that no endpoint answers reaches it inside the host's error handling, as a real bug in a page would.
/// </summary>
public sealed class ThrowingRoutes : IStartupFilter
{
    public const string Page = "/test/kast";
    public const string Api = "/api/test/kast";
    /// <summary>The exception's message: it must never reach the reader.</summary>
    public const string Secret = "Hemmelig feiltekst 4711";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, rest) => context.Request.Path == Page || context.Request.Path == Api
            ? throw new InvalidOperationException(Secret)
            : rest(context));
    };
}
