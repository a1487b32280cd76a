using Intranet.Accounts.Services;
using Intranet.Core.Api;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Accounts.Api;

/// <summary>
/// POST /api/auth/token issues a bearer token for a username and password (wrong passwords count toward
/// lockout); DELETE /api/auth/token revokes the token the request was made with.
/// </summary>
internal static class TokenEndpoints
{
    public const string LockedOutDetail = SignInMessages.LockedOut;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapIntranetApi("/api/auth");
        group.MapPost("/token", IssueAsync).AllowAnonymous().RequireRateLimiting(RateLimits.Login);
        group.MapDelete("/token", RevokeCurrentAsync).RequireAuthorization();
    }

    private static async Task<IResult> IssueAsync(TokenRequest? request, UserManager<IntranetUser> users,
        SignInManager<IntranetUser> signIn, ApiTokenService tokens, CancellationToken ct)
    {
        if (Validate(request) is { } invalid) return invalid;
        var user = await users.FindByNameAsync(request!.Username!.Trim());
        if (user is null) return WrongCredentials();
        var result = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "For mange forsøk", detail: LockedOutDetail);
        if (!result.Succeeded) return WrongCredentials();
        var (token, record) = await tokens.IssueAsync(user, "api", ct: ct);
        return Results.Ok(new TokenResponse(token, record.ExpiresAt));
    }

    private static IResult? Validate(TokenRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request?.Username) || request.Username.Length > 256)
            errors["username"] = ["Skriv brukernavnet."];
        if (string.IsNullOrEmpty(request?.Password) || request.Password.Length > 512)
            errors["password"] = ["Skriv passordet."];
        return errors.Count == 0 ? null
            : Results.ValidationProblem(errors, title: "Ugyldig innhold", detail: "Brukernavn og passord må fylles ut.");
    }

    private static IResult WrongCredentials() =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Feil brukernavn eller passord",
            detail: "Brukernavnet eller passordet er feil.");

    private static async Task<IResult> RevokeCurrentAsync(HttpContext http, ApiTokenService tokens, CancellationToken ct)
    {
        var userId = http.User.UserId();
        if (!int.TryParse(http.User.FindFirst(BearerTokenHandler.TokenIdClaim)?.Value, out var tokenId) || userId is null)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ingen token",
                detail: "Forespørselen ble ikke gjort med et token, så det er ingenting å trekke tilbake.");
        await tokens.RevokeAsync(userId, tokenId, ct);
        return Results.NoContent();
    }
}
