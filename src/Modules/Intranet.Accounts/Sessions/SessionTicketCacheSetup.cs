using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Accounts.Sessions;

/// <summary>Puts <see cref="CachedTicketFormat"/> on the Identity session cookie and forgets a ticket at sign-out.</summary>
public static class SessionTicketCacheSetup
{
    /// <summary>Call after AddIdentity, so the cookie's own ticket format is already set up when this runs.</summary>
    public static void AddSessionTicketCache(this IServiceCollection services)
    {
        services.AddSingleton<SessionTicketCache>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<SessionTicketCache>((o, cache) =>
            {
                var inner = o.TicketDataFormat ?? throw new InvalidOperationException("The session cookie has no ticket format yet.");
                o.TicketDataFormat = new CachedTicketFormat(inner, cache);
                var signingOut = o.Events.OnSigningOut;
                o.Events.OnSigningOut = async context =>
                {
                    if (context.Options.CookieManager.GetRequestCookie(context.HttpContext, context.Options.Cookie.Name!) is { } cookie)
                        cache.Forget(cookie);
                    await signingOut(context);
                };
            });
    }
}
