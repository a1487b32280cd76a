using System.Text;
using System.Text.Json.Nodes;

namespace Intranet.Security.Tests;

/// <summary>
/// A valid body per API endpoint (from the API contract), so the sweep can send it with one field at a time made
/// hostile and reach the endpoint's own checks past JSON binding: dates at the calendar's edges, wrong kinds, blanks,
/// unknown slugs, 1 MB of text. The token body names nobody, so no demo user is locked out by wrong passwords.
/// </summary>
public static class ApiValidBodies
{
    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["/api/stories"] = """{"title":"Sveip","body":"Tekst.","unit":"hjemmetjenesten","values":["tydelig"],"audience":"public","consent":{"statement":"Muntlig samtykke.","obtainedAt":"2026-01-01T00:00:00Z"},"imageIds":[],"submit":true,"namesPeople":true}""",
        ["/api/stories/{id:int}/review"] = """{"decision":"approve","comment":"Fint.","publishAt":"2026-12-01T00:00:00Z"}""",
        ["/api/news"] = """{"title":"Sveip","body":"Tekst.","publishAt":"2026-12-01T00:00:00Z","unpublishAt":"2027-01-01T00:00:00Z","pinned":true,"mustRead":true,"units":["hjemmetjenesten"],"summary":"S","category":"C","restricted":true,"commentsOpen":true,"reactionsOpen":true}""",
        ["/api/corner"] = """{"title":"Sveip","body":"Tekst.","summary":"S","language":"nb","type":"notat"}""",
        ["/api/auth/token"] = """{"username":"finnes-ikke-sveip","password":"feil"}""",
    };

    private static readonly string[] Hostile =
    [
        "5", "\"\"", "\"   \"", "null", "[]", "-1", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59+14:00\"",
        "\"<script>alert(1)</script>\"", "[\"finnes-ikke\",\"\",null]", "{\"statement\":\"\",\"obtainedAt\":\"0001-01-01T00:00:00Z\"}",
        "\"" + new string('x', 1_000_000) + "\"",
    ];

    /// <summary>The valid body, then that body with each field in turn replaced by each hostile value.</summary>
    public static IEnumerable<(string Label, HttpContent Content)> For(string route)
    {
        if (!Bodies.TryGetValue("/" + route.Trim('/'), out var valid)) yield break;
        yield return ("valid body", Json(valid));
        foreach (var field in JsonNode.Parse(valid)!.AsObject().Select(p => p.Key))
        foreach (var value in Hostile)
        {
            var body = JsonNode.Parse(valid)!.AsObject();
            body[field] = JsonNode.Parse(value);
            yield return ($"valid body, {field}={GetSweep.Label(value)}", Json(body.ToJsonString()));
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
