using Microsoft.AspNetCore.Localization;

namespace Intranet.Web.Hosting;

/// <summary>`?culture=nn` on any page also keeps the choice for the following pages.</summary>
internal sealed class CulturePersistenceMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.ContainsKey("culture")
            && context.Features.Get<IRequestCultureFeature>()?.Provider is QueryStringRequestCultureProvider)
        {
            var culture = context.Features.Get<IRequestCultureFeature>()!.RequestCulture;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(culture),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true, Secure = context.Request.IsHttps });
        }
        return next(context);
    }
}
