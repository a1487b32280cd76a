using Intranet.Core.Cluster;

namespace Intranet.Web.Hosting;

/// <summary>Names the answering node in <c>X-Intranet-Node</c>, so operators (and tests) see the balancer at work.</summary>
internal sealed class NodeHeaderMiddleware(RequestDelegate next, NodeIdentity node)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers[NodeIdentity.HeaderName] = node.Id;
        return next(context);
    }
}
