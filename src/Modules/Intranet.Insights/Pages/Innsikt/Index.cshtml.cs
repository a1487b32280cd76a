using Intranet.Core.Data;
using Intranet.Insights.Charts;
using Intranet.Insights.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Pages.Innsikt;

/// <summary>/innsikt: the dashboard. Communications staff see every unit; unit leaders their own units; others 403.</summary>
[Authorize(Policy = InsightsPermissions.View)]
public sealed class IndexModel(InsightsScopeResolver scopes, InsightsDashboard dashboard, IntranetDbContext db) : PageModel
{
    public List<ChartData> Charts { get; private set; } = [];
    public InsightsScope Scope { get; private set; } = InsightsScope.Everything;
    public List<string> ScopeUnitNames { get; private set; } = [];
    public MonthAxis Axis { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await scopes.ForAsync(User, ct) is not { } scope) return Forbid();
        Scope = scope;
        Axis = dashboard.Axis();
        Charts = await dashboard.ChartsAsync(scope, ct);
        if (!scope.All)
            ScopeUnitNames = await db.Units.Where(u => scope.UnitIds.Contains(u.Id)).OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(ct);
        return Page();
    }

    public IEnumerable<IGrouping<string, ChartData>> Sections => Charts.GroupBy(c => c.Section);
}
