using Intranet.Core.Api;
using Intranet.Core.Security;
using Intranet.Search.Indexing;
using Intranet.Search.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Search.Api;

/// <summary>The small JSON endpoints behind the admin page's progress bar and rebuild button.</summary>
public static class SearchAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapIntranetApi("/api/admin/search").RequireAuthorization(Permissions.ManageContent);
        group.MapGet("/status", async (IndexOverview overview, HttpContext http) => Results.Ok(await overview.ReadAsync(http.RequestAborted)));
        group.MapPost("/rebuild", (RebuildLauncher launcher) => launcher.Start()
            ? Results.Accepted("/api/admin/search/status")
            : Results.Problem(statusCode: 409, title: "Gjenoppbygging pågår", detail: "Søkeindeksen bygges allerede på nytt."));
    }
}
