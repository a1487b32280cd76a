using Microsoft.AspNetCore.Routing.Patterns;

namespace Intranet.Security.Tests;

/// <summary>
/// The GET half of the sweep for one signed-in client: every GET route with real route values (harvested from the pages
/// read before it, so routes without parameters go first) and hostile ones, and with hostile query strings — every
/// query name at once per value, and each name the route binds alone with a few values.
/// </summary>
public sealed class GetSweep(HttpClient client, string role, SweepLog log, LinkHarvest harvest)
{
    private const int Parallelism = 4;

    public async Task RunAsync(IReadOnlyList<EndpointCatalogue.GetRoute> routes)
    {
        foreach (var route in routes.OrderBy(r => RoutePatternFactory.Parse(r.Route).Parameters.Count).ThenBy(r => r.Route))
        {
            var real = harvest.ValuesFor(route.Route).Where(v => !IsServerErrorPage(route.Route, v)).ToList();
            await SendAllAsync(real.Select(v => (EndpointCatalogue.Fill(route.Route, v), "real route values")));
            var first = real.FirstOrDefault() ?? new();
            await SendAllAsync(HostileRoutes(route.Route, first).Concat(HostileQueries(route, EndpointCatalogue.Fill(route.Route, first))));
        }
    }

    private static bool IsServerErrorPage(string route, Dictionary<string, string> values) =>
        route.StartsWith("/feil", StringComparison.Ordinal) && values.GetValueOrDefault("code") is { } code && code.StartsWith('5');

    private static IEnumerable<(string Url, string Input)> HostileRoutes(string route, Dictionary<string, string> real)
    {
        foreach (var parameter in RoutePatternFactory.Parse(route).Parameters)
        foreach (var value in HostileValues.RouteSegments)
            yield return (EndpointCatalogue.Fill(route, new Dictionary<string, string>(real) { [parameter.Name] = value }),
                $"route {parameter.Name}={Label(value)}");
    }

    private static IEnumerable<(string Url, string Input)> HostileQueries(EndpointCatalogue.GetRoute route, string url)
    {
        var names = route.QueryNames.Concat(HostileValues.CommonQueryNames).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var value in HostileValues.QueryValues)
            yield return (url + "?" + string.Join("&", names.Select(n => n + "=" + Uri.EscapeDataString(value))), $"every query name={Label(value)}");
        foreach (var raw in HostileValues.RawQueryValues)
            yield return (url + "?" + string.Join("&", names.Select(n => n + "=" + raw)), $"every query name={raw} (raw)");
        yield return (url + "?" + string.Join("&", names.SelectMany(n => new[] { n + "=1", n + "=abc", n + "=" })), "every query name repeated");
        foreach (var name in route.QueryNames)
        foreach (var value in HostileValues.PerNameQueryValues)
            yield return ($"{url}?{name}={Uri.EscapeDataString(value)}", $"{name}={Label(value)}");
    }

    private async Task SendAllAsync(IEnumerable<(string Url, string Input)> requests) =>
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (r, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, r.Url);
            var (response, body) = await log.SendAsync(client, request, role, r.Input, ct);
            if (response?.Content.Headers.ContentType?.MediaType == "text/html") harvest.Add(body);
            response?.Dispose();
        });

    public static string Label(string value) => value.Length > 40 ? $"{value[..10]}…({value.Length} chars)" : value;
}
