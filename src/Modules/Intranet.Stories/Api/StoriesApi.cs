using System.Security.Claims;
using Intranet.Core.Api;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Intranet.Stories.Models;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Api;

/// <summary><c>POST /api/stories</c> and <c>POST /api/stories/{id}/review</c> (the stable API contract).</summary>
internal static class StoriesApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapIntranetApi("/api/stories").RequireAuthorization(Permissions.Read);
        group.MapPost("", CreateAsync);
        group.MapPost("/{id:int}/review", ReviewAsync);
    }

    private static Task<IResult> CreateAsync(StoryRequest request, ClaimsPrincipal user, StorySubmission submission,
        IntranetDbContext db, CancellationToken ct) => ApiResults.Guard(async () =>
    {
        var input = await ToInputAsync(request, db, ct);
        var story = await submission.CreateAsync(input, user, request.Submit, ct, complete: true);
        return Results.Created($"/api/articles/{story.Id}", new StoryStatusResponse(story.Id, ApiResults.StatusName(story.Status)));
    });

    private static Task<IResult> ReviewAsync(int id, ReviewRequest request, ClaimsPrincipal user, StoryReviewService reviews,
        CancellationToken ct) => ApiResults.Guard(async () =>
    {
        if (!ReviewDecisions.TryParse(request.Decision, out var decision))
            throw ValidationFailedException.For("decision", "Velg approve, request-changes eller reject.");
        var story = await reviews.DecideAsync(id, decision, request.Comment, request.PublishAt, user, ct);
        return Results.Ok(new StoryStatusResponse(story.Id, ApiResults.StatusName(story.Status)));
    });

    private static async Task<StoryInput> ToInputAsync(StoryRequest r, IntranetDbContext db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var audience = r.Audience switch
        {
            null or "internal" => Audience.Internal,
            "public" => Audience.Public,
            _ => (Audience?)null,
        };
        if (audience is null) errors.Add("audience", "Målgruppen må være internal eller public.");
        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(r.Unit))
        {
            unitId = await db.Units.Where(u => u.Slug == r.Unit).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
            if (unitId is null) errors.Add("unit", $"Enheten «{r.Unit}» finnes ikke.");
        }
        errors.ThrowIfAny();
        return new StoryInput
        {
            Title = r.Title ?? "",
            Body = r.Body ?? "",
            UnitId = unitId,
            Values = r.Values?.Where(v => !string.IsNullOrWhiteSpace(v)).ToList() ?? [],
            Audience = audience!.Value,
            NamesPeople = r.NamesPeople,
            ConsentStatement = r.Consent?.Statement,
            ConsentObtainedAt = r.Consent?.ObtainedAt,
            // JSON may put null among the ids; only text is an id.
            ImageIds = r.ImageIds?.Where(i => !string.IsNullOrWhiteSpace(i)).ToList() ?? [],
        };
    }
}
