using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Search.Models;
using Intranet.Search.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Search.Pages.Admin.Sok;

/// <summary>/admin/sok/statistikk: the most asked queries and those that found nothing, per week (aggregate only).</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class StatistikkModel(SearchStatistics statistics, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "uke")] public string? Week { get; set; }
    public List<string> Weeks { get; private set; } = [];
    public List<SearchQueryStat> Top { get; private set; } = [];
    public List<SearchQueryStat> ZeroResults { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Weeks = await statistics.WeeksAsync(ct);
        var current = SearchStatistics.WeekOf(clock.UtcNow);
        if (!Weeks.Contains(current)) Weeks.Insert(0, current);
        if (Week is null || !Weeks.Contains(Week)) Week = Weeks[0];
        Top = await statistics.TopAsync(Week, ct);
        ZeroResults = await statistics.ZeroResultAsync(Week, ct);
    }
}
