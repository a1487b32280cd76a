using Intranet.Insights.Charts;
using Intranet.Insights.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Intranet.Insights.Api;

/// <summary>
/// GET /innsikt/eksport/{chart}.csv[?enhet={slug}]: the data behind one dashboard chart, for the caller's scope or the
/// sector or unit within it that the dashboard was narrowed to (404 for one outside it).
/// </summary>
internal static class InsightsExportEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/innsikt/eksport/{chart}.csv", ExportAsync).RequireAuthorization(InsightsPermissions.View);

    private static async Task<IResult> ExportAsync(string chart, string? enhet, HttpContext http, InsightsScopeResolver scopes, InsightsFocus focus,
        InsightsDashboard dashboard, IStringLocalizer t)
    {
        var ct = http.RequestAborted;
        if (await scopes.ForAsync(http.User, ct) is not { } scope) return Results.Forbid();
        if (await focus.NarrowAsync(scope, enhet, ct) is not { } narrowed) return Results.NotFound();
        scope = narrowed;
        var data = (await dashboard.ChartsAsync(scope, ct)).FirstOrDefault(c => c.Key == chart);
        if (data is null) return Results.NotFound();
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(CsvExport.Write(data, s => t[s]), "text/csv; charset=utf-8", $"innsikt-{chart}.csv");
    }
}
