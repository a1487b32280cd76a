using Intranet.Core.Data;
using Intranet.Insights.Charts;
using Intranet.Insights.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Pages.Innsikt;

/// <summary>
/// /innsikt: the dashboard. Communications staff see every unit; unit leaders their own units; others 403.
/// <c>?enhet={slug}</c> narrows it to one sector or unit within that (<see cref="InsightsFocus"/>).
/// </summary>
[Authorize(Policy = InsightsPermissions.View)]
public sealed class IndexModel(InsightsScopeResolver scopes, InsightsFocus focus, InsightsDashboard dashboard, IntranetDbContext db) : PageModel
{
    public List<ChartData> Charts { get; private set; } = [];
    public InsightsScope Scope { get; private set; } = InsightsScope.Everything;
    public List<string> ScopeUnitNames { get; private set; } = [];
    public List<InsightsUnitChoice> UnitChoices { get; private set; } = [];
    public MonthAxis Axis { get; private set; } = null!;

    /// <summary>The sector or unit asked for (a slug); kept as typed when it is not one the user may see.</summary>
    [BindProperty(SupportsGet = true, Name = "enhet")]
    public string? Unit { get; set; }

    public bool UnitNotFound { get; private set; }

    /// <summary>Whether the user's whole scope (before narrowing) is the whole municipality.</summary>
    public bool SeesEverything { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await scopes.ForAsync(User, ct) is not { } scope) return Forbid();
        SeesEverything = scope.All;
        UnitChoices = await focus.ChoicesAsync(scope, ct);
        var narrowed = await focus.NarrowAsync(scope, Unit, ct);
        UnitNotFound = narrowed is null;
        scope = narrowed ?? scope;
        Scope = scope;
        Axis = dashboard.Axis();
        Charts = await dashboard.ChartsAsync(scope, ct);
        if (!scope.All && scope.Focus is null)
            ScopeUnitNames = await db.Units.Where(u => scope.UnitIds.Contains(u.Id)).OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(ct);
        return Page();
    }

    /// <summary>The query the CSV links carry, so an export holds the numbers on the screen.</summary>
    public string ExportQuery => Scope.Focus is null ? "" : "?enhet=" + Uri.EscapeDataString(Unit!.Trim());

    public IEnumerable<IGrouping<string, ChartData>> Sections => Charts.GroupBy(c => c.Section);
}
