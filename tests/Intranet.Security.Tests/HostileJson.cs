using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Security.Tests;

/// <summary>
/// Hostile request bodies for an API endpoint: broken JSON, the wrong JSON kinds, every field of the endpoint's request
/// type (from its Accepts metadata) given the wrong type or an absurd value, a 1 MB string, and the wrong content types.
/// </summary>
public static class HostileJson
{
    private static readonly string Megabyte = new('x', 1_000_000);

    public static IEnumerable<(string Label, HttpContent Content)> For(RouteEndpoint endpoint)
    {
        foreach (var raw in new[] { "{", "null", "[]", "\"text\"", "5", "{}", "{\"a\":", "{\"title\":\"\\ud800\"}", "" })
            yield return ("json " + raw, Json(raw));
        var fields = Fields(endpoint);
        foreach (var (label, value) in WrongValues())
            yield return ($"every field {label}", Json("{" + string.Join(",", fields.Select(f => $"\"{f}\":{value}")) + "}"));
        yield return ("every field 1 MB", Json("{" + string.Join(",", fields.Select(f => $"\"{f}\":\"{Megabyte}\"")) + "}"));
        yield return ("nested wrong types", Json("{" + string.Join(",", fields.Select(f => $"\"{f}\":{{\"statement\":5,\"obtainedAt\":\"2026-13-45\",\"a\":[null]}}")) + "}"));
        yield return ("duplicate keys", Json("{" + string.Join(",", fields.SelectMany(f => new[] { $"\"{f}\":\"a\"", $"\"{f}\":5" })) + "}"));
        yield return ("text/plain", new StringContent("{\"title\":\"x\"}", Encoding.UTF8, "text/plain"));
        yield return ("form", new FormUrlEncodedContent([new("title", "x"), new("body", "y")]));
        yield return ("multipart garbage", Multipart());
    }

    /// <summary>camelCase names of the request type's properties (and of one nested level), or a guess when there is none.</summary>
    public static IReadOnlyList<string> Fields(RouteEndpoint endpoint)
    {
        var type = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        if (type is null) return ["title", "body", "file", "alt", "decision", "comment", "username", "password"];
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
    }

    private static IEnumerable<(string Label, string Json)> WrongValues() =>
    [
        ("5", "5"), ("array", "[1,\"a\",null]"), ("object", "{\"a\":1}"), ("null", "null"), ("huge number", "1e400"),
        ("huge integer", "99999999999999999999"), ("-1", "-1"), ("true", "true"), ("empty string", "\"\""),
        ("bad date", "\"2026-13-45\""), ("script", "\"<script>alert(1)</script>\""), ("unicode", "\"æøå😀\\u0000\""),
        ("array of strings", "[\"2026-13-45\",\"finnes-ikke\",\"\"]"),
    ];

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Multipart()
    {
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("GIF89a not really a picture"));
        file.Headers.ContentType = new("image/png");
        return new MultipartFormDataContent { { file, "file", "../../bilde.png" }, { new StringContent(HostileValues.Long), "alt" } };
    }
}
