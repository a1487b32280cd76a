using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Web.Pages;

/// <summary>The accessibility statement (tilgjengelighetserklæring), open to everyone as the regulations require.</summary>
[AllowAnonymous]
public sealed class TilgjengelighetModel : PageModel
{
    public void OnGet() { }
}
