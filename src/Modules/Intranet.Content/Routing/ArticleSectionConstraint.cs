using Intranet.Core.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Content.Routing;

/// <summary>
/// Matches only the kinds' path segments (historier, nyheter, …), so the generic reading pages never
/// swallow other routes. Module pages with literal segments (e.g. /historier/ny) still win by precedence.
/// </summary>
public sealed class ArticleSectionConstraint : IRouteConstraint
{
    public const string Name = "articlesection";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string segment && ArticleKinds.KindForPath(segment) is not null;
}
