using System.Security.Claims;
using System.Text.Encodings.Web;
using Intranet.Core.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Accounts.Services;

/// <summary>Authenticates `Authorization: Bearer itk_…` against the hashed token table.</summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    IUserClaimsPrincipalFactory<IntranetUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string ReadOnlyClaim = "intranet:token-readonly";
    /// <summary>The token's row id, so a caller can revoke the token it is using.</summary>
    public const string TokenIdClaim = "intranet:token-id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var found = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (found is null) return AuthenticateResult.Fail("Ugyldig eller utløpt token.");
        var principal = await principals.CreateAsync(found.Value.User);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TokenIdClaim, found.Value.Token.Id.ToString()));
        if (found.Value.Token.ReadOnly) ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ReadOnlyClaim, "true"));
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>Token callers are programs: a refusal is 403 problem+json saying why, never a redirect.</summary>
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var readOnly = Context.User.HasClaim(ReadOnlyClaim, "true") && Tokens.ReadOnlyTokenHandler.IsUnsafe(Request.Method);
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = readOnly ? Tokens.ReadOnlyMessages.Title : "Ingen tilgang",
            Detail = readOnly ? Tokens.ReadOnlyMessages.Detail : "Tokenets eier har ikke tilgang til dette.",
        };
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", Context.RequestAborted);
    }
}
