using System.Security.Claims;
using Intranet.Core.Modules;

namespace Intranet.Core.Security;

/// <summary>All permissions declared by the modules; answers "may this user do X".</summary>
public sealed class PermissionRegistry
{
    private readonly Dictionary<string, Permission> _byName;

    public PermissionRegistry(IEnumerable<IIntranetModule> modules)
    {
        _byName = modules.SelectMany(m => m.Permissions).ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IEnumerable<Permission> All => _byName.Values;

    public bool Allows(ClaimsPrincipal user, string permission)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (user.IsInRole(Security.Roles.Administrator)) return true;
        return _byName.TryGetValue(permission, out var p) && p.Roles.Any(user.IsInRole);
    }
}
