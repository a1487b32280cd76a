using Intranet.Core.Api;
using Intranet.Core.Validation;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Corner.Api;

/// <summary>POST /api/corner for the chief executive and delegates: 201 {id, status}; 403 for everyone else.</summary>
internal static class CornerApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapIntranetApi("/api/corner").RequireAuthorization();
        group.MapPost("", CreateAsync);
        AttachmentEndpoint.Map(endpoints);
        ExportEndpoint.Map(endpoints);
    }

    private static async Task<IResult> CreateAsync(CornerRequest? request, CornerAuthors authors, CornerPublisher publisher, HttpContext http, CancellationToken ct)
    {
        if (!await authors.MayWriteAsync(http.User, ct))
            return Results.Problem(statusCode: 403, title: "Ingen tilgang", detail: "Bare kommunedirektøren og de hun har gitt fullmakt, kan skrive i hjørnet.");
        if (request is null) return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send innlegget som JSON."] }, title: "Ugyldig innhold");
        try
        {
            var post = new CornerPostInput(request.Title ?? "", request.Body ?? "", request.Summary ?? "", request.Language ?? "nb",
                CornerPostInput.ParseType(request.Type));
            var article = await publisher.PublishAsync(http.User, post, ct: ct);
            return Results.Created(article.Url, new { id = article.Id, status = article.Status.ToString().ToLowerInvariant() });
        }
        catch (ValidationFailedException e)
        {
            return Results.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value), title: "Ugyldig innhold",
                detail: "Innlegget ble ikke lagret. Rett feltene som er nevnt.");
        }
    }
}
