using System.Text;
using Intranet.Core.Security;
using Intranet.Corner.Services.Attachments;
using Intranet.Corner.Services.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Corner.Api;

/// <summary>
/// <c>GET /hjornet/{slug}/eksport</c>: the post with its full version history as a downloadable HTML file,
/// for communications staff and the chief executive (permission corner.export).
/// </summary>
internal static class ExportEndpoint
{
    public static string UrlFor(string slug) => $"/hjornet/{slug}/eksport";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/hjornet/{slug}/eksport", ExportAsync).RequireAuthorization(CornerPermissions.Export);

    private static async Task<IResult> ExportAsync(string slug, HttpContext http, CornerExporter exporter, CancellationToken ct)
    {
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
        var export = await exporter.LoadAsync(slug, http.User.DisplayName(), baseUrl, ct);
        if (export is null) return Results.NotFound();
        var name = $"hjornet-{slug}-{export.ExportedAt:yyyy-MM-dd}.html";
        var headers = http.Response.Headers;
        headers.ContentDisposition = AttachmentNames.ContentDisposition(name);
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox";
        headers.CacheControl = "private, no-store";
        return Results.Text(CornerExportWriter.Write(export), "text/html; charset=utf-8", Encoding.UTF8);
    }
}
