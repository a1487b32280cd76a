using Intranet.Core.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Security.Tests;

/// <summary>
/// Every route of the running host, read from its <see cref="EndpointDataSource"/>s: minimal API endpoints with
/// their HTTP methods, and Razor pages with their handler methods (loaded through the host's own
/// <see cref="PageLoader"/>, so a page added tomorrow is in the catalogue without anyone listing it).
/// </summary>
public static class EndpointCatalogue
{
    public static readonly string[] UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>An unsafe page handler; <see cref="Fields"/> are the form names it binds (bound properties and handler parameters).</summary>
    public sealed record PageHandler(string Route, string Method, string? Name, bool IgnoresAntiforgery, IReadOnlyList<BoundField> Fields);

    /// <summary>A GET route (page or endpoint) with the query names it binds.</summary>
    public sealed record GetRoute(string Route, bool IsPage, IReadOnlyList<string> QueryNames);

    public static IReadOnlyList<RouteEndpoint> RouteEndpoints(IServiceProvider services) =>
        services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().ToList();

    /// <summary>Minimal API endpoints (not pages) that accept an unsafe method, with that method.</summary>
    public static IEnumerable<(RouteEndpoint Endpoint, string Method)> UnsafeApiEndpoints(IServiceProvider services) =>
        from e in RouteEndpoints(services)
        where e.Metadata.GetMetadata<PageActionDescriptor>() is null
        from m in e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? UnsafeMethods
        where UnsafeMethods.Contains(m)
        select (e, m);

    /// <summary>Every Razor page with each of its unsafe handler methods (OnPost, OnPostXxx, OnDelete…).</summary>
    public static async Task<IReadOnlyList<PageHandler>> UnsafePageHandlersAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new List<PageHandler>();
        foreach (var endpoint in RouteEndpoints(services))
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) continue;
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var ignores = compiled.EndpointMetadata.OfType<Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute>().Any();
            foreach (var h in compiled.HandlerMethods.Where(h => UnsafeMethods.Contains(h.HttpMethod.ToUpperInvariant())))
                handlers.Add(new PageHandler(endpoint.RoutePattern.RawText!, h.HttpMethod.ToUpperInvariant(), h.Name, ignores,
                    BindableNames.OfPage(compiled, h, getOnly: false)));
        }
        return handlers;
    }

    /// <summary>
    /// Every route answering GET: Razor pages (query names from their GET-bindable properties and GET handler parameters)
    /// and endpoints (query names from the delegate's simple parameters that are not route values).
    /// </summary>
    public static async Task<IReadOnlyList<GetRoute>> GetRoutesAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var routes = new List<GetRoute>();
        foreach (var endpoint in RouteEndpoints(services))
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var names = compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase))
                    .SelectMany(h => BindableNames.OfPage(compiled, h, getOnly: true)).Select(f => f.Name);
                routes.Add(new GetRoute(route, true, names.Distinct().ToList()));
            }
            else if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
                routes.Add(new GetRoute(route, false, BindableNames.OfEndpoint(endpoint).Select(f => f.Name).Distinct().ToList()));
        }
        return routes.DistinctBy(r => r.Route).ToList();
    }

    /// <summary>The route with each parameter filled by a value its constraints accept.</summary>
    public static string Fill(string route, IReadOnlyDictionary<string, string>? values = null)
    {
        var pattern = RoutePatternFactory.Parse(route);
        var segments = pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternSeparatorPart sep => sep.Content,
            RoutePatternParameterPart param => values?.GetValueOrDefault(param.Name) ?? Sample(param),
            _ => "",
        })));
        return "/" + string.Join("/", segments.Where(s => s.Length > 0));
    }

    private static string Sample(RoutePatternParameterPart p)
    {
        if (p.ParameterPolicies.Any(x => x.Content == "articlesection")) return ArticleKinds.PathSegment(ArticleKinds.Page);
        if (p.ParameterPolicies.Any(x => x.Content is "int" or "long")) return "1";
        return p.Name switch { "size" => "medium", "chart" => "lesere", _ => "finnes-ikke" };
    }
}
