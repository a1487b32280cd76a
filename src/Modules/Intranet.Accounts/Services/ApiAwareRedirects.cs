using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Intranet.Accounts.Services;

/// <summary>API callers get 401/403 status codes; people get the login or access-denied page.</summary>
internal static class ApiAwareRedirects
{
    public static Task ToLogin(RedirectContext<CookieAuthenticationOptions> context) => Redirect(context, 401);

    public static Task ToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) => Redirect(context, 403);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = apiStatus;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
