using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Http;

namespace Intranet.Stories.Api;

/// <summary>Turns the services' exceptions into the contract's Norwegian problem+json answers.</summary>
internal static class ApiResults
{
    public static async Task<IResult> Guard(Func<Task<IResult>> work)
    {
        try { return await work(); }
        catch (ValidationFailedException e)
        {
            return Results.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value), statusCode: 422,
                title: "Ugyldig innhold", detail: string.Join(" ", e.Errors.SelectMany(x => x.Value)));
        }
        catch (StoryNotFoundException)
        {
            return Results.Problem(statusCode: 404, title: "Finnes ikke", detail: "Historien finnes ikke eller er ikke tilgjengelig for deg.");
        }
        catch (StoryForbiddenException e)
        {
            return Results.Problem(statusCode: 403, title: "Ingen tilgang", detail: e.Message);
        }
    }

    public static string StatusName(ArticleStatus status) => status switch
    {
        ArticleStatus.ChangesRequested => "changes-requested",
        _ => status.ToString().ToLowerInvariant(),
    };
}
