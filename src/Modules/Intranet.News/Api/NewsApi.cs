using Intranet.Core.Api;
using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.News.Models;
using Intranet.News.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.News.Api;

/// <summary>POST /api/news for communications staff: 201 {id, status}; everyone else 403.</summary>
internal static class NewsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapIntranetApi("/api/news").RequireAuthorization(NewsPermissions.Manage);
        group.MapPost("", CreateAsync);
    }

    private static async Task<IResult> CreateAsync(NewsRequest? request, NewsEditor editor, HttpContext http, CancellationToken ct)
    {
        if (request is null) return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send en nyhet som JSON."] }, title: "Ugyldig innhold");
        try
        {
            var article = await editor.CreateAsync(ToInput(request), Actor.From(http.User), ct);
            return Results.Created(article.Url, new { id = article.Id, status = StatusName(article.Status) });
        }
        catch (ValidationFailedException e)
        {
            return Results.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value), title: "Ugyldig innhold",
                detail: "Nyheten ble ikke lagret. Rett feltene som er nevnt.");
        }
    }

    private static NewsInput ToInput(NewsRequest r) => new()
    {
        Title = r.Title ?? "",
        Body = r.Body ?? "",
        Summary = r.Summary ?? "",
        Category = r.Category ?? NewsCategories.General,
        Units = r.Units ?? [],
        Restricted = r.Restricted ?? false,
        PublishAt = r.PublishAt,
        UnpublishAt = r.UnpublishAt,
        Pinned = r.Pinned ?? false,
        MustRead = r.MustRead ?? false,
        CommentsOpen = r.CommentsOpen ?? true,
        ReactionsOpen = r.ReactionsOpen ?? true,
    };

    private static string StatusName(ArticleStatus s) => s.ToString().ToLowerInvariant();
}
