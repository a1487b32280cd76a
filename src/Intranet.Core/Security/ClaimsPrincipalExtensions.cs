using System.Security.Claims;

namespace Intranet.Core.Security;

public static class ClaimsPrincipalExtensions
{
    public const string UnitClaim = "intranet:unit";
    public const string DisplayNameClaim = "intranet:name";
    public const string CultureClaim = "intranet:culture";

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static int? UnitId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(UnitClaim), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";
}
