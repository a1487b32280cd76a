using Intranet.Core.Content;
using Intranet.Corner.Services.Attachments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Corner.Api;

/// <summary>
/// <c>GET /hjornet/vedlegg/{id}</c>: a post's PDF, only to readers who may read the post (404 for everyone else,
/// so an id reveals nothing). Always a download, never rendered in our origin: attachment disposition,
/// nosniff and a sandbox CSP.
/// </summary>
internal static class AttachmentEndpoint
{
    public const string PathPrefix = "/hjornet/vedlegg/";

    public static string UrlFor(Guid id) => PathPrefix + id.ToString("N");

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(PathPrefix + "{id}", ServeAsync).RequireAuthorization();

    private static async Task<IResult> ServeAsync(string id, HttpContext http, CornerAttachments attachments,
        ReaderContextFactory readers, CancellationToken ct)
    {
        if (!Guid.TryParseExact(id, "N", out var attachmentId)) return Results.NotFound();
        var attachment = await attachments.ForReaderAsync(attachmentId, await readers.ForAsync(http.User, ct), ct);
        if (attachment is null) return Results.NotFound();
        var stream = await attachments.OpenAsync(attachment.Id, ct);
        if (stream is null) return Results.NotFound();
        var headers = http.Response.Headers;
        headers.ContentDisposition = AttachmentNames.ContentDisposition(attachment.FileName);
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox";
        headers.CacheControl = "private, no-cache";
        return Results.Stream(stream, "application/pdf");
    }
}
