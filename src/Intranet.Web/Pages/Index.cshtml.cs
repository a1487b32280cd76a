using Intranet.Core.Home;
using Intranet.Core.Modules;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Web.Pages;

/// <summary>The home page: a column of sections contributed by the modules.</summary>
public sealed class IndexModel(IEnumerable<IIntranetModule> modules) : PageModel
{
    public IReadOnlyList<HomeSection> Sections { get; private set; } = [];

    public void OnGet()
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        Sections = modules.SelectMany(m => m.HomeSections).Where(s => signedIn || s.Anonymous).OrderBy(s => s.Order).ToList();
    }
}
