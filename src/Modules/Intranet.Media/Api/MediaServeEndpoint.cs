using Intranet.Core.Data;
using Intranet.Media.Models;
using Intranet.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Media.Api;

/// <summary>
/// <c>GET /media/{id}/{size}</c>: named sizes only. URLs carry <c>?v={hash}</c> and the bytes never change,
/// so responses are cacheable for a year and immutable; an ETag answers revalidation with 304.
/// </summary>
internal static class MediaServeEndpoint
{
    private const string YearImmutable = "max-age=31536000, immutable";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/media/{id}/{size}", ServeAsync).AllowAnonymous();

    private static async Task<IResult> ServeAsync(string id, string size, HttpContext http, IntranetDbContext db,
        MediaAccess access, IMediaStore store, CancellationToken ct)
    {
        if (!Guid.TryParseExact(id, "N", out var mediaId) || !MediaSizes.IsKnown(size)) return Results.NotFound();
        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == mediaId, ct);
        if (item is null) return Results.NotFound();
        var visibility = await access.VisibilityAsync(item, http.User, ct);
        if (visibility == MediaVisibility.Hidden) return Results.NotFound();
        WriteHeaders(http.Response, visibility, ETagFor(item, size));
        if (http.Request.Headers.IfNoneMatch.ToString().Contains(ETagFor(item, size), StringComparison.Ordinal))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        var stream = await store.OpenReadAsync(item.Id, size, ct);
        return stream is null ? Results.NotFound() : Results.Stream(stream, item.ContentType);
    }

    private static string ETagFor(MediaItem item, string size) => $"\"{item.Hash}-{size}\"";

    /// <summary>
    /// <c>public</c> only when an anonymous reader could fetch the image anyway; an image behind an article's
    /// read rule is <c>private</c>, so a shared proxy cannot hand it to someone the rule would refuse.
    /// The sandbox CSP and nosniff stop an image URL from ever being run as a document or script.
    /// </summary>
    private static void WriteHeaders(HttpResponse response, MediaVisibility visibility, string etag)
    {
        var headers = response.Headers;
        headers.CacheControl = (visibility == MediaVisibility.Public ? "public, " : "private, ") + YearImmutable;
        headers.ETag = etag;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox";
    }
}
