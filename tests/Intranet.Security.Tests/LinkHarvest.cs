using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Models;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Intranet.Security.Tests;

/// <summary>
/// Real route values, learnt from the links and images on the pages the sweep reads: a path that matches a route's
/// pattern (and its int/section constraints) gives that route values that exist in the demo data (slugs, ids, media).
/// </summary>
public sealed partial class LinkHarvest
{
    private const int PerRoute = 6;
    private readonly ConcurrentDictionary<string, byte> _paths = new();

    public void Add(string html)
    {
        foreach (Match m in LinkPattern().Matches(html))
        {
            var path = WebUtility.HtmlDecode(m.Groups[1].Value).Split('?', '#')[0];
            if (path.Length > 1 && !path.StartsWith("//", StringComparison.Ordinal)) _paths.TryAdd(path, 0);
        }
    }

    /// <summary>A path known to exist that no page links to (e.g. an API address).</summary>
    public void AddPath(string path) => _paths.TryAdd(path, 0);

    /// <summary>Up to six value sets for the route's parameters, varied in the first parameter first.</summary>
    public IReadOnlyList<Dictionary<string, string>> ValuesFor(string route)
    {
        var pattern = RoutePatternFactory.Parse(route);
        if (pattern.Parameters.Count == 0) return [new()];
        var regex = new Regex("^" + string.Concat(pattern.PathSegments.Select(Segment)) + "/?$");
        var found = _paths.Keys.Order(StringComparer.Ordinal).Select(p => regex.Match(p)).Where(m => m.Success)
            .Select(m => pattern.Parameters.Where(p => m.Groups[p.Name].Success)
                .ToDictionary(p => p.Name, p => m.Groups[p.Name].Value))
            .Where(v => pattern.Parameters.All(p => Allowed(p, v.GetValueOrDefault(p.Name))))
            .DistinctBy(v => string.Join("/", v.Values)).ToList();
        var first = pattern.Parameters[0].Name;
        var varied = found.DistinctBy(v => v.GetValueOrDefault(first)).Take(PerRoute).ToList();
        return varied.Concat(found.Except(varied).Take(PerRoute - varied.Count)).DefaultIfEmpty(new()).ToList();
    }

    private static string Segment(RoutePatternPathSegment segment)
    {
        var inner = string.Concat(segment.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart l => Regex.Escape(l.Content),
            RoutePatternParameterPart param => $"(?<{param.Name}>{(param.IsCatchAll ? ".+" : "[^/]+?")})",
            _ => "",
        }));
        var optional = segment.Parts is [RoutePatternParameterPart { IsOptional: true }];
        return optional ? $"(?:/{inner})?" : "/" + inner;
    }

    private static bool Allowed(RoutePatternParameterPart p, string? value)
    {
        if (value is null) return p.IsOptional;
        if (p.ParameterPolicies.Any(x => x.Content?.StartsWith("int") == true)) return int.TryParse(value, out _);
        if (p.ParameterPolicies.Any(x => x.Content == "articlesection")) return ArticleKinds.KindForPath(value) is not null;
        return true;
    }

    [GeneratedRegex("(?:href|src|action)=\"(/[^\"]*)\"")]
    private static partial Regex LinkPattern();
}
