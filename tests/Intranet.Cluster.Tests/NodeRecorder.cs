using System.Collections.Concurrent;
using Intranet.Core.Cluster;

namespace Intranet.Cluster.Tests;

/// <summary>
/// Remembers which node answered each request through the balancer, and with what status. Several clients (one per
/// person) can share one <paramref name="answers"/> queue, so the order of all requests through nginx is kept.
/// </summary>
public sealed class NodeRecorder(HttpMessageHandler inner, ConcurrentQueue<(string Path, int Status, string Node)>? answers = null)
    : DelegatingHandler(inner)
{
    public ConcurrentQueue<(string Path, int Status, string Node)> Answers { get; } = answers ?? new();

    public string LastNode => Answers.LastOrDefault().Node ?? "(none)";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        var node = response.Headers.TryGetValues(NodeIdentity.HeaderName, out var values) ? values.First() : "(none)";
        Answers.Enqueue((request.RequestUri!.PathAndQuery, (int)response.StatusCode, node));
        return response;
    }
}
