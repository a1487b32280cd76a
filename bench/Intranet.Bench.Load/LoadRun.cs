using System.Diagnostics;

namespace Intranet.Bench.Load;

/// <summary>N workers, each issuing one request after the other for a fixed time (closed loop, no think time).</summary>
internal static class LoadRun
{
    public static async Task<Stats> RunAsync(string name, int workers, TimeSpan duration, Func<int, Random, CancellationToken, Task<string?>> request)
    {
        var stats = new Stats(name);
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w * 7919 + 1);
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                string? error;
                try { error = await request(w, random, CancellationToken.None); }
                catch (Exception e) { error = e.GetType().Name; }
                if (error is null) stats.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else stats.Error(error);
            }
        })).ToList();
        await Task.WhenAll(tasks);
        stats.Seconds = clock.Elapsed.TotalSeconds;
        return stats;
    }

    /// <summary>GET that must answer 200; the body is read fully, as a browser would.</summary>
    public static async Task<string?> GetAsync(HttpClient client, string url, BrowserSession? session, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (session is not null) request.Headers.Add("Cookie", session.Header);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        session?.Take(response);
        return response.IsSuccessStatusCode ? null : $"GET {Route(url)} {(int)response.StatusCode}";
    }

    public static string Route(string url) => url.Split('?')[0].Split('/').Length > 2 ? "/" + url.Split('/')[1] + "/…" : url.Split('?')[0];
}
