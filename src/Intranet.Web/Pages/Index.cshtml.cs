using Intranet.Core.Caching;
using Intranet.Core.Home;
using Intranet.Core.Modules;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Intranet.Web.Pages;

/// <summary>
/// The home page: a column of sections contributed by the modules. Output-cached per browser session for a few
/// seconds (evicted on every content change): the reader's own changes (a must-read confirmation, a pulse answer, a
/// checklist tick) show at once because every successful unsafe request gives the browser a new page-version
/// cookie (<see cref="PageVersionCookie"/>) and so a new cache key.
/// </summary>
[OutputCache(PolicyName = ReaderPageCache.PerSession)]
public sealed class IndexModel(IEnumerable<IIntranetModule> modules) : PageModel
{
    public IReadOnlyList<HomeSection> Sections { get; private set; } = [];

    public void OnGet()
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        Sections = modules.SelectMany(m => m.HomeSections).Where(s => signedIn || s.Anonymous).OrderBy(s => s.Order).ToList();
    }
}
