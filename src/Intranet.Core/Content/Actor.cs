using System.Security.Claims;
using Intranet.Core.Security;

namespace Intranet.Core.Content;

/// <summary>Who performs a change, for the audit log.</summary>
public sealed record Actor(string? UserId, string UserName)
{
    public static readonly Actor System = new(null, "system");

    public static Actor From(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? new(user.UserId(), user.Identity.Name ?? "") : System;
}
