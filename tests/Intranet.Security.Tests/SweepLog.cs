using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Intranet.Security.Tests;

/// <summary>
/// What the sweep saw: every server error (5xx, or a redirect to the error page) and every API refusal that is not
/// Norwegian problem+json, each with method, address, role and the start of the body, so one run shows them all.
/// </summary>
public sealed class SweepLog
{
    /// <summary>ASP.NET Core's own English problem titles: an API refusal with one of these has not been translated.</summary>
    private static readonly string[] EnglishTitles =
    [
        "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Not Acceptable", "Conflict",
        "Unsupported Media Type", "Unprocessable Entity", "Too Many Requests", "One or more validation errors occurred.",
        "An error occurred while processing your request.", "Payload Too Large", "Request Entity Too Large",
    ];

    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private int _requests;

    /// <summary>How many answers of each status class (2xx, 3xx, 4xx…) the sweep got, to show how far requests got.</summary>
    public string StatusSummary => string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}xx: {s.Value}"));

    public int Requests => _requests;
    public IReadOnlyCollection<string> ServerErrors => _errors;
    public IReadOnlyCollection<string> ProblemViolations => _problems;

    /// <summary>The failure message: every server error and every non-Norwegian API refusal (the first 300 of each).</summary>
    public string Report() =>
        $"{_errors.Count} server errors and {_problems.Count} API refusals that are not Norwegian problem+json in {Requests} requests:\n"
        + string.Join("\n", _errors.Take(300).Concat(_problems.Take(300)));

    /// <summary>Sends the request and records the answer; a response the client cannot even read is a failure too.</summary>
    public async Task<(HttpResponseMessage? Response, string Body)> SendAsync(HttpClient client, HttpRequestMessage request, string role, string input,
        CancellationToken ct = default)
    {
        var method = request.Method.Method;
        var url = request.RequestUri!.OriginalString;
        try
        {
            var response = await client.SendAsync(request, ct);
            return (response, await CheckAsync(response, method, url, role, input));
        }
        catch (HttpRequestException e)
        {
            Interlocked.Increment(ref _requests);
            _errors.Enqueue($"{method} {Short(url)} as {role} [{input}] → unreadable response: {e.Message}");
            return (null, "");
        }
    }

    /// <summary>Records the response and returns its body (for link harvesting).</summary>
    public async Task<string> CheckAsync(HttpResponseMessage response, string method, string url, string role, string input)
    {
        Interlocked.Increment(ref _requests);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        _statuses.AddOrUpdate(status / 100, 1, (_, n) => n + 1);
        var location = response.Headers.Location?.OriginalString ?? "";
        if (status >= 500 || location.Contains("/feil/5", StringComparison.Ordinal))
            _errors.Enqueue($"{method} {Short(url)} as {role} [{input}] → {status} {location} {Excerpt(body)}");
        else if (status is >= 400 and < 500 && new Uri(new Uri("http://x"), url).AbsolutePath.StartsWith("/api", StringComparison.Ordinal)
                 && ProblemFault(response, body) is { } fault)
            _problems.Enqueue($"{method} {Short(url)} as {role} [{input}] → {status}: {fault} {Excerpt(body)}");
        return body;
    }

    private static string? ProblemFault(HttpResponseMessage response, string body)
    {
        // Kestrel's own refusals (a NUL in the path, a request line or headers over its limits) come before any middleware,
        // empty and without a content type: the application never sees them, so it cannot word them.
        if (body.Length == 0 && response.Content.Headers.ContentType is null && (int)response.StatusCode is 400 or 414 or 431) return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"content type {response.Content.Headers.ContentType?.MediaType ?? "(none)"}";
        try
        {
            using var json = JsonDocument.Parse(body);
            var title = json.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
            if (string.IsNullOrWhiteSpace(title)) return "no title";
            return EnglishTitles.Contains(title) || title.Contains("Exception", StringComparison.Ordinal) ? $"English title '{title}'" : null;
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }

    public static string Excerpt(string body)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(body), @"\s+", " ");
        // The developer exception page puts the exception type and message near its title.
        var at = text.IndexOf("An unhandled exception", StringComparison.Ordinal);
        var start = at >= 0 ? at : 0;
        return text.Substring(start, Math.Min(300, text.Length - start));
    }

    private static string Short(string url) => url.Length > 160 ? url[..100] + $"…({url.Length} chars)…" + url[^40..] : url;
}
