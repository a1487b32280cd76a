using Intranet.Core.Localization;
using Microsoft.AspNetCore.Localization;

namespace Intranet.Web.Hosting;

/// <summary>`?culture=nn` on any page also keeps the choice for the following pages.</summary>
internal sealed class CulturePersistenceMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.ContainsKey("culture")
            && context.Features.Get<IRequestCultureFeature>() is { Provider: QueryStringRequestCultureProvider } feature)
            CultureCookie.Write(context, feature.RequestCulture.UICulture.Name);
        return next(context);
    }
}
