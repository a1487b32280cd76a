using Intranet.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Intranet.Welcome.Services;

/// <summary>
/// A new hire who opens the home page for the first time after signing in lands on their welcome page.
/// The marker cookie holds the sign-in's id (not the ticket's issue time, which changes at every cookie renewal),
/// so the redirect happens once per sign-in and the home page stays reachable afterwards.
/// </summary>
internal sealed class NewHireLanding(NewHires newHires) : IAsyncPageFilter
{
    public const string CookieName = "intranett.velkommen";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (IsHomeGet(http) && http.User.UserId() is { } userId)
        {
            var signIn = SignInSession.IdOf((await http.AuthenticateAsync()).Properties) ?? "";
            if (http.Request.Cookies[CookieName] != signIn && await newHires.IsNewHireAsync(userId, http.RequestAborted))
            {
                http.Response.Cookies.Append(CookieName, signIn, new CookieOptions
                {
                    HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps,
                });
                context.Result = new RedirectResult("/velkommen");
                return;
            }
        }
        await next();
    }

    private static bool IsHomeGet(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method) && http.Request.Path == "/" && http.User.Identity?.IsAuthenticated == true;
}
