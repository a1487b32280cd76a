using System.Collections.Concurrent;
using System.Diagnostics;
using Intranet.Core.Cluster;

namespace Intranet.Cluster.Tests;

/// <summary>
/// GET requests through the balancer on a few parallel loops until stopped, each one recorded with when it started
/// and ended, its status (0 when the request itself failed) and the node that answered.
/// </summary>
public sealed class Traffic(HttpClient client, params string[] urls)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loops;

    public ConcurrentQueue<Request> Requests { get; } = new();

    public TimeSpan Now => _clock.Elapsed;

    public void Start() => _loops = Task.WhenAll(urls.Select(url => Task.Run(() => LoopAsync(url))));

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loops!;
    }

    private async Task LoopAsync(string url)
    {
        while (!_stop.IsCancellationRequested)
        {
            var started = Now;
            try
            {
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                var node = response.Headers.TryGetValues(NodeIdentity.HeaderName, out var values) ? values.First() : "(none)";
                Requests.Enqueue(new Request(url, started, Now, (int)response.StatusCode, node, null));
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                Requests.Enqueue(new Request(url, started, Now, 0, "(none)", e.Message));
            }
        }
    }

    public sealed record Request(string Url, TimeSpan Started, TimeSpan Ended, int Status, string Node, string? Error)
    {
        public override string ToString() => $"{Url} {Started.TotalMilliseconds:F0}–{Ended.TotalMilliseconds:F0} ms: {Status} {Node} {Error}";
    }
}
