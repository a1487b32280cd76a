using System.Threading.RateLimiting;
using Intranet.Core.Localization;
using Microsoft.AspNetCore.Localization;

namespace Intranet.Web.Hosting;

/// <summary>Cross-cutting web settings: antiforgery, cookies, localization, problem details, rate limits, health.</summary>
internal static class WebDefaults
{
    public const string LoginRateLimit = Core.Security.RateLimits.Login;
    /// <summary>Sign-in attempts (POSTs) per client address and minute; 20 unless configured.</summary>
    public const string SignInsPerMinuteSetting = "Intranet:Security:SignInsPerMinute";

    public static void AddIntranetWebDefaults(this IServiceCollection services, IHostEnvironment environment, IConfiguration configuration)
    {
        var signInsPerMinute = Math.Max(1, configuration.GetValue(SignInsPerMinuteSetting, 20));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "intranett.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddProblemDetails();
        services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = true; });
        services.Configure<RequestLocalizationOptions>(ConfigureCultures);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // API callers get problem+json; people get the Norwegian error page (status code pages re-execute on an empty body).
            o.OnRejected = (ctx, ct) => ErrorHandling.IsApi(ctx.HttpContext.Request.Path)
                ? Problems.Write(ctx.HttpContext, 429, "For mange forsøk", "Vent litt før du prøver igjen.", ct)
                : ValueTask.CompletedTask;
            o.AddPolicy(LoginRateLimit, http => LoginPartition(http, signInsPerMinute));
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    /// <summary>Sign-in attempts per client address; showing the login form (GET) is never limited.</summary>
    private static RateLimitPartition<string> LoginPartition(HttpContext http, int permits) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("les")
            : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "ukjent",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static void ConfigureCultures(RequestLocalizationOptions o)
    {
        o.SetDefaultCulture(Cultures.Bokmal).AddSupportedCultures(Cultures.Supported).AddSupportedUICultures(Cultures.Supported);
        o.FallBackToParentCultures = true;
        o.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new UserCultureProvider(),
        ];
    }
}
