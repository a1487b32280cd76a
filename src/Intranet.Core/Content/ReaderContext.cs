using System.Security.Claims;
using Intranet.Core.Security;

namespace Intranet.Core.Content;

/// <summary>What a reader may see: who they are and which extra rights they hold.</summary>
public sealed record ReaderContext(string? UserId, bool IsAuthenticated, bool CanManageContent, IReadOnlyList<int> LedUnitIds)
{
    public static readonly ReaderContext Anonymous = new(null, false, false, []);

    public static ReaderContext From(ClaimsPrincipal user, PermissionRegistry permissions, IReadOnlyList<int>? ledUnits = null) =>
        user.Identity?.IsAuthenticated == true
            ? new(user.UserId(), true, permissions.Allows(user, Permissions.ManageContent), ledUnits ?? [])
            : Anonymous;
}
