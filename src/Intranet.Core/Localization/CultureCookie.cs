using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Intranet.Core.Localization;

/// <summary>
/// The language cookie that keeps a choice between pages. Written by `?culture=`, at sign-in (from the
/// user's saved choice) and when the profile is saved, so the cookie never contradicts the profile.
/// </summary>
public static class CultureCookie
{
    public static void Write(HttpContext context, string culture)
    {
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Cultures.Normalize(culture)));
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, value, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            SameSite = SameSiteMode.Lax,
            HttpOnly = true,
            IsEssential = true,
            Secure = context.Request.IsHttps,
        });
    }
}
