using System.Security.Claims;
using Intranet.Core.Modules;
using Intranet.Core.Security;

namespace Intranet.Core.Navigation;

/// <summary>Collects the modules' navigation entries and filters them by what the user may do.</summary>
public sealed class NavigationMenu(IEnumerable<IIntranetModule> modules, PermissionRegistry permissions)
{
    private readonly NavigationItem[] _items = modules.SelectMany(m => m.Navigation).OrderBy(i => i.Order).ToArray();

    public IReadOnlyList<NavigationItem> For(ClaimsPrincipal user, NavigationArea area) =>
        _items.Where(i => i.Area == area && IsVisible(i, user)).ToList();

    private bool IsVisible(NavigationItem item, ClaimsPrincipal user)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        if (!signedIn) return item.Anonymous;
        return item.Permission is null || permissions.Allows(user, item.Permission);
    }
}
