using Intranet.Core.Content;
using Intranet.Core.Feeds;
using Intranet.Newsletter.Events;
using Intranet.Newsletter.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Newsletter.Api;

/// <summary>
/// Read-only feeds (GET only, so no antiforgery group): the personal news feed, the events calendar and one
/// event's .ics. Calendar apps carry no cookie, so the calendar also accepts the personal feed token.
/// </summary>
internal static class FeedEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Links.NewsFeed, async (string? token, HttpContext http, FeedTokens tokens, RecipientDirectory people, NewsFeed feed, CancellationToken ct) =>
        {
            var userId = await tokens.UserForAsync(token, ct);
            var reader = userId is null ? null : await people.ReaderForAsync(userId, ct);
            if (reader is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "private, no-cache";
            return Results.Content(await feed.BuildAsync(reader, BaseUrl(http), ct), AtomFeedWriter.ContentType);
        }).AllowAnonymous();

        endpoints.MapGet(Links.Calendar, async (string? token, HttpContext http, ReaderContextFactory readers, FeedTokens tokens, RecipientDirectory people, EventCalendar calendar, CancellationToken ct) =>
        {
            var reader = await ReaderAsync(http, token, readers, tokens, people, ct);
            if (reader is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "private, no-cache";
            return Results.Text(await calendar.FeedAsync(reader, BaseUrl(http), ct), EventCalendar.ContentType);
        }).AllowAnonymous();

        endpoints.MapGet("/arrangementer/{slug}/kalender.ics", async (string slug, HttpContext http, ReaderContextFactory readers, EventCatalog catalog, EventCalendar calendar, CancellationToken ct) =>
        {
            var item = await catalog.BySlugAsync(await readers.ForAsync(http.User, ct), slug, ct);
            if (item?.Details is null) return Results.NotFound();
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{item.Article.Slug}.ics\"";
            return Results.Text(calendar.ForEvent(item, BaseUrl(http)), EventCalendar.ContentType);
        }).AllowAnonymous();
    }

    /// <summary>A valid token names its owner; a wrong token is a 404 (not a quiet fallback to public items).</summary>
    private static async Task<ReaderContext?> ReaderAsync(HttpContext http, string? token, ReaderContextFactory readers, FeedTokens tokens, RecipientDirectory people, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token)) return await readers.ForAsync(http.User, ct);
        var userId = await tokens.UserForAsync(token, ct);
        return userId is null ? null : await people.ReaderForAsync(userId, ct);
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
