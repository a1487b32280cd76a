using Intranet.Core.Navigation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Web.Pages.Admin;

/// <summary>The administration front page: the admin entries of every module that this user may open.</summary>
public sealed class IndexModel(NavigationMenu menu) : PageModel
{
    public IReadOnlyList<NavigationItem> Entries { get; private set; } = [];

    public void OnGet() => Entries = menu.For(User, NavigationArea.Admin);
}
