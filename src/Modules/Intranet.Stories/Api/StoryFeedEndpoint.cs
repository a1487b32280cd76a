using Intranet.Core.Data;
using Intranet.Core.Feeds;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Api;

/// <summary><c>GET /feeds/historier.atom</c>: anonymous, never cached, so a withdrawal shows at once.</summary>
internal static class StoryFeedEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(StoryFeed.Path, async (HttpContext http, StoryFeed feed, IntranetDbContext db, CancellationToken ct) =>
        {
            var site = await db.Settings.Where(s => s.Key == "site:name").Select(s => s.Value).FirstOrDefaultAsync(ct) ?? "Kommunen";
            var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Content(await feed.BuildAsync(baseUrl, site, ct), AtomFeedWriter.ContentType);
        }).AllowAnonymous();
}
