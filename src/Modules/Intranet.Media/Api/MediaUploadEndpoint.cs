using Intranet.Core.Api;
using Intranet.Core.Content;
using Intranet.Core.Security;
using Intranet.Media.Models;
using Intranet.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Media.Api;

/// <summary><c>POST /api/media</c>: multipart <c>file</c> + <c>alt</c> → 201 with the id, size and named-size URLs.</summary>
internal static class MediaUploadEndpoint
{
    /// <summary>Room for the multipart envelope and the alt field on top of the file limit.</summary>
    private const long EnvelopeBytes = 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value;
        endpoints.MapIntranetApi("/api/media").MapPost("", UploadAsync)
            .RequireAuthorization(Permissions.Read)
            .WithMetadata(new RequestSizeLimitAttribute(DrainLimit(options)))
            .DisableAntiforgery();
    }

    /// <summary>We read (and discard) up to about twice the limit so an oversized file still gets a clean 413.</summary>
    private static long DrainLimit(MediaOptions options) => (options.MaxBytes * 2) + EnvelopeBytes;

    private static async Task<IResult> UploadAsync(HttpContext http, MediaUploadService uploads, IOptions<MediaOptions> options, CancellationToken ct)
    {
        var limits = options.Value;
        SetBodyLimit(http, DrainLimit(limits));
        if (http.Request.ContentLength > DrainLimit(limits)) return MediaProblems.From(MediaRejectedException.TooLarge(limits.MaxBytes));
        if (!MultipartUploadReader.IsMultipart(http.Request, out var boundary))
            return MediaProblems.BadForm("Send bildet som multipart/form-data med feltene «file» og «alt».");
        try
        {
            var form = await MultipartUploadReader.ReadAsync(http.Request, boundary, limits.MaxBytes, ct);
            if (form.TooLarge) throw MediaRejectedException.TooLarge(limits.MaxBytes);
            if (form.File is null || form.File.Length == 0)
                return MediaProblems.BadForm("Velg et bilde å laste opp (feltet «file»).");
            var item = await uploads.UploadAsync(form.File, form.FileName, form.Alt, Actor.From(http.User), ct);
            return Results.Created(item.Url(MediaSizes.Original), MediaResponse.From(item));
        }
        catch (MediaRejectedException e)
        {
            return MediaProblems.From(e);
        }
        catch (InvalidDataException)
        {
            return MediaProblems.BadForm("Opplastingen kunne ikke leses som multipart/form-data.");
        }
    }

    private static void SetBodyLimit(HttpContext http, long limit)
    {
        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
    }
}
