using Intranet.Accounts.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Intranet.Accounts.Tokens;

/// <summary>
/// A read-only token may not change anything: every authorization check of an unsafe request (POST, PUT, PATCH,
/// DELETE) made with one fails, whatever the endpoint's own policy says. Authorization handlers all run for every
/// policy, so no endpoint can forget this; the bearer handler turns the refusal into 403 problem+json.
/// </summary>
public sealed class ReadOnlyTokenHandler(IHttpContextAccessor accessor) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.User.HasClaim(BearerTokenHandler.ReadOnlyClaim, "true") && IsUnsafe(accessor.HttpContext?.Request.Method))
            context.Fail(new AuthorizationFailureReason(this, ReadOnlyMessages.Detail));
        return Task.CompletedTask;
    }

    public static bool IsUnsafe(string? method) =>
        method is not null && !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}
