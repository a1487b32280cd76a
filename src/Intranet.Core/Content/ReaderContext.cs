using System.Security.Claims;
using Intranet.Core.Security;

namespace Intranet.Core.Content;

/// <summary>What a reader may see: who they are, the unit they work in, and which extra rights they hold.</summary>
public sealed record ReaderContext(string? UserId, bool IsAuthenticated, bool CanManageContent, IReadOnlyList<int> LedUnitIds)
{
    public static readonly ReaderContext Anonymous = new(null, false, false, []);

    /// <summary>The reader's own unit; restricted articles (see ArticleReaderUnit) are readable in it.</summary>
    public int? UnitId { get; init; }

    public static ReaderContext From(ClaimsPrincipal user, PermissionRegistry permissions, IReadOnlyList<int>? ledUnits = null) =>
        user.Identity?.IsAuthenticated == true
            ? new(user.UserId(), true, permissions.Allows(user, Permissions.ManageContent), ledUnits ?? []) { UnitId = user.UnitId() }
            : Anonymous;

    /// <summary>True when the reader works in or leads one of the units.</summary>
    public bool BelongsToAny(IEnumerable<int> unitIds) =>
        unitIds.Any(u => u == UnitId || LedUnitIds.Contains(u));
}
