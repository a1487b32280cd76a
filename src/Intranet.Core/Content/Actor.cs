using System.Security.Claims;
using Intranet.Core.Security;

namespace Intranet.Core.Content;

/// <summary>Who performs a change: the login name for the audit log, the display name for bylines.</summary>
public sealed record Actor(string? UserId, string UserName)
{
    public static readonly Actor System = new(null, "system");

    /// <summary>The person's name as readers see it ("Kari Solberg"); null when only the login name is known.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What a byline shows for this actor.</summary>
    public string Byline => DisplayName ?? UserName;

    public static Actor From(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? new(user.UserId(), user.Identity.Name ?? "") { DisplayName = user.DisplayName() } : System;
}
