using Intranet.Core.Security;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intranet.Accounts.Services;

/// <summary>
/// Identity with local accounts, plus a policy scheme that picks the bearer handler when an
/// Authorization header is present and the cookie otherwise, so every route takes either.
/// </summary>
public static class IdentitySetup
{
    public const string PolicyScheme = "Intranet";

    public static void AddIntranetIdentity(this IServiceCollection services)
    {
        services.AddIdentity<IntranetUser, IdentityRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<IntranetDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<IntranetClaimsFactory>()
            .AddErrorDescriber<NorwegianIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "intranett.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/logg-inn";
            o.LogoutPath = "/logg-ut";
            o.AccessDeniedPath = "/feil/403";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.Events.OnRedirectToLogin = ApiAwareRedirects.ToLogin;
            o.Events.OnRedirectToAccessDenied = ApiAwareRedirects.ToAccessDenied;
            o.Events.OnSigningIn = context =>
            {
                SignInSession.Stamp(context.Properties);
                return Task.CompletedTask;
            };
        });
        // Secure-only outside Development (as the antiforgery cookie): the sign-in cookie never travels over plain http.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IHostEnvironment>((o, environment) =>
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(30));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = PolicyScheme;
                o.DefaultChallengeScheme = PolicyScheme;
                o.DefaultAuthenticateScheme = PolicyScheme;
            })
            .AddPolicyScheme(PolicyScheme, "Cookie eller token", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddScoped<ApiTokenService>();
    }

    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? BearerTokenHandler.SchemeName
            : IdentityConstants.ApplicationScheme;
}
