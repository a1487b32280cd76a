namespace Intranet.Insights.Tracking;

/// <summary>Rough exclusion of crawlers, link previewers and scripted clients by User-Agent; no UA counts as a bot.</summary>
public static class BotDetector
{
    private static readonly string[] Markers =
    [
        "bot", "crawl", "spider", "slurp", "preview", "headless", "curl", "wget", "python-", "java/", "go-http",
        "httpclient", "monitor", "uptime", "facebookexternalhit", "lighthouse", "pingdom",
    ];

    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent)
        || Markers.Any(m => userAgent.Contains(m, StringComparison.OrdinalIgnoreCase));
}
