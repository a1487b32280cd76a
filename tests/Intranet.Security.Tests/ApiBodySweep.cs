using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Intranet.Security.Tests;

/// <summary>
/// The API half of the sweep for one bearer-token client: every POST/PUT/PATCH/DELETE endpoint at a real and a hostile
/// route value with every hostile body (<see cref="HostileJson"/>). Revoking the token itself (DELETE /api/auth/token)
/// runs last, so the client keeps its token until then.
/// </summary>
public sealed class ApiBodySweep(HttpClient client, string role, SweepLog log, LinkHarvest harvest)
{
    public async Task RunAsync(IReadOnlyList<(RouteEndpoint Endpoint, string Method)> endpoints)
    {
        foreach (var (endpoint, method) in endpoints.OrderBy(e => e.Method == "DELETE").ThenBy(e => e.Endpoint.RoutePattern.RawText))
        foreach (var url in Urls(endpoint.RoutePattern.RawText!))
        foreach (var (label, content) in HostileJson.For(endpoint).Concat(ApiValidBodies.For(endpoint.RoutePattern.RawText!)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
            (await log.SendAsync(client, request, role, label)).Response?.Dispose();
        }
    }

    private IEnumerable<string> Urls(string route)
    {
        var parameters = RoutePatternFactory.Parse(route).Parameters;
        yield return EndpointCatalogue.Fill(route, harvest.ValuesFor(route)[0]);
        foreach (var value in parameters.Count == 0 ? [] : new[] { "-1", "99999999999999999999", "abc" })
            yield return EndpointCatalogue.Fill(route, parameters.ToDictionary(p => p.Name, _ => value));
    }
}
